package org.latentexplorer.ui.exhibit;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Whether a visitor is there: the exhibit's three states and the idle times between them. A visitor's
 * touch, click or key ends the start screen and the tour. Left alone while exploring for {@code idle},
 * the tour starts; {@code reset} after the last touch the start screen comes back (the next visitor
 * finds it fresh), and after {@code idle} on the start screen the tour runs again, so the screen never
 * stands still for long. Plain Java: the shell calls {@link #check} a few times a second.
 */
final class IdleWatch {
    enum State { START, EXPLORING, ATTRACT }

    private final long idleNanos;
    private final long resetNanos;
    private final LongSupplier clock;
    private final Consumer<State> onChange;
    private State state = State.START;
    private long lastInput;

    /** {@code clock} gives nanoseconds ({@link System#nanoTime} but for tests); {@code onChange} hears every new state. */
    IdleWatch(Duration idle, Duration reset, LongSupplier clock, Consumer<State> onChange) {
        if (idle.isNegative() || idle.isZero() || reset.compareTo(idle) <= 0) {
            throw new IllegalArgumentException("the reset time (" + reset.toSeconds() + " s) must be longer than the idle time ("
                    + idle.toSeconds() + " s), and both above zero");
        }
        this.idleNanos = idle.toNanos();
        this.resetNanos = reset.toNanos();
        this.clock = clock;
        this.onChange = onChange;
        lastInput = clock.getAsLong();
    }

    /** A visitor touched, clicked or pressed a key: exploring from now on. */
    void input() {
        lastInput = clock.getAsLong();
        moveTo(State.EXPLORING);
    }

    /** Moves on when the visitor has been away long enough. */
    void check() {
        long idle = clock.getAsLong() - lastInput;
        if (state == State.ATTRACT && idle >= resetNanos) {
            lastInput = clock.getAsLong(); // the start screen's own time starts now
            moveTo(State.START);
        } else if (state != State.ATTRACT && idle >= idleNanos) {
            moveTo(State.ATTRACT);
        }
    }

    /** Back to the start screen now (a fresh exhibit). */
    void restart() {
        lastInput = clock.getAsLong();
        moveTo(State.START);
    }

    State state() {
        return state;
    }

    private void moveTo(State next) {
        if (next != state) {
            state = next;
            onChange.accept(next);
        }
    }
}
