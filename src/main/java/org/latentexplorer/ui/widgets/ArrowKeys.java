package org.latentexplorer.ui.widgets;

import javafx.scene.input.KeyEvent;

/** The arrow keys every pad shares: one step per press, a big step with shift; shortcut and alt chords are left alone. */
public final class ArrowKeys {
    /** Moves the puck one step along {@code dx, dy} (each -1, 0 or 1), or a big step. */
    @FunctionalInterface
    public interface Mover {
        void move(int dx, int dy, boolean big);
    }

    private ArrowKeys() {
    }

    /** Moves by the arrow {@code e} names; false (nothing moved) when it is not a plain or shifted arrow. */
    public static boolean move(KeyEvent e, Mover mover) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        boolean big = e.isShiftDown();
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> mover.move(-1, 0, big);
            case RIGHT, KP_RIGHT -> mover.move(1, 0, big);
            case UP, KP_UP -> mover.move(0, 1, big);
            case DOWN, KP_DOWN -> mover.move(0, -1, big);
            default -> {
                return false;
            }
        }
        return true;
    }
}
