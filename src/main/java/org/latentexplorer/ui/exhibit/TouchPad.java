package org.latentexplorer.ui.exhibit;

import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import org.latentexplorer.ui.widgets.Viewport;

/**
 * Fingers on a pad: one finger moves the puck where it touches, two pinch to zoom around the pinch. The
 * mouse events and scrolls JavaFX makes up from touches are dropped (a pinch would drag the puck, a
 * finger's drag would zoom); a real mouse keeps the pad's own handling.
 */
final class TouchPad {
    /** Moves the puck to a pad point {@code (u, v)}. */
    interface PuckMover {
        void moveTo(double u, double v);
    }

    private final BiFunction<Double, Double, double[]> latentAt;
    private final PuckMover mover;
    private final ObjectProperty<Viewport> viewport;
    private boolean pinching;

    private TouchPad(BiFunction<Double, Double, double[]> latentAt, PuckMover mover, ObjectProperty<Viewport> viewport) {
        this.latentAt = latentAt;
        this.mover = mover;
        this.viewport = viewport;
    }

    /** Makes {@code pad} answer fingers; {@code latentAt} maps pad-local pixels to the pad's {@code (u, v)}. */
    static void attach(Region pad, BiFunction<Double, Double, double[]> latentAt, PuckMover mover, ObjectProperty<Viewport> viewport) {
        TouchPad touch = new TouchPad(latentAt, mover, viewport);
        pad.addEventFilter(MouseEvent.ANY, e -> {
            if (e.isSynthesized()) {
                e.consume();
            }
        });
        pad.addEventFilter(ScrollEvent.ANY, e -> {
            if (e.getTouchCount() > 0) {
                e.consume();
            }
        });
        pad.addEventHandler(TouchEvent.ANY, touch::touched);
        pad.addEventHandler(ZoomEvent.ZOOM, touch::zoomed);
    }

    private void touched(TouchEvent e) {
        if (e.getTouchCount() > 1) {
            pinching = true; // until every finger is off, so lifting one does not make the puck jump
        } else if (e.getEventType() == TouchEvent.TOUCH_RELEASED) {
            pinching = false;
        } else if (!pinching && (e.getEventType() == TouchEvent.TOUCH_PRESSED || e.getEventType() == TouchEvent.TOUCH_MOVED)) {
            TouchPoint finger = e.getTouchPoint();
            double[] uv = latentAt.apply(finger.getX(), finger.getY());
            mover.moveTo(uv[0], uv[1]);
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        double factor = e.getZoomFactor();
        if (factor > 0 && Double.isFinite(factor)) {
            double[] anchor = latentAt.apply(e.getX(), e.getY());
            viewport.set(viewport.get().zoom(factor, anchor[0], anchor[1]));
        }
        e.consume();
    }
}
