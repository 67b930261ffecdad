package org.latentexplorer.ui.lab;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.latentexplorer.ui.widgets.GrayImage;

/**
 * A square canvas to draw a digit on with the mouse: white strokes on black, like MNIST. The ink is
 * rasterized here (soft round brush stamped along each segment) so what the screen shows is exactly
 * the image the models get. Clear and undo work stroke by stroke, from the keyboard too (Delete, Ctrl+Z).
 */
public final class DrawingCanvas extends StackPane {
    public static final int SIDE = 280;
    private static final double BRUSH_RADIUS = 11;
    private static final double STAMP_SPACING = 1.0;

    private final List<List<Point2D>> strokes = new ArrayList<>();
    private final float[] ink = new float[SIDE * SIDE];
    private final ObjectProperty<float[]> drawing = new SimpleObjectProperty<>(new float[SIDE * SIDE]);
    private final ImageView view = new ImageView();
    private List<Point2D> current;

    public DrawingCanvas() {
        getStyleClass().add("drawing-canvas");
        view.setSmooth(false);
        getChildren().add(view);
        setMinSize(SIDE, SIDE);
        setMaxSize(SIDE, SIDE);
        setCursor(Cursor.CROSSHAIR);
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            if (e.getButton() == MouseButton.PRIMARY) {
                beginStroke(new Point2D(e.getX(), e.getY()));
            }
            e.consume(); // keep the focus: the tab pane around would take it
        });
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown()) {
                extendStroke(new Point2D(e.getX(), e.getY()));
            }
            e.consume();
        });
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> current = null);
        show();
    }

    /** Delete or Backspace clears the drawing, Ctrl+Z (Cmd+Z) takes back the last stroke. */
    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            clear();
        } else if (e.getCode() == KeyCode.Z && e.isShortcutDown()) {
            undo();
        } else {
            return;
        }
        e.consume();
    }

    /** The ink, {@code SIDE x SIDE} values in [0, 1] row-major; a new array each time the drawing changes. */
    public ReadOnlyObjectProperty<float[]> drawingProperty() {
        return drawing;
    }

    public int strokeCount() {
        return strokes.size();
    }

    public void beginStroke(Point2D at) {
        current = new ArrayList<>(List.of(at));
        strokes.add(current);
        stamp(at);
        show();
    }

    public void extendStroke(Point2D to) {
        if (current == null) {
            beginStroke(to);
            return;
        }
        Point2D from = current.get(current.size() - 1);
        current.add(to);
        segment(from, to);
        show();
    }

    /** Draws a whole stroke through {@code points} (for tests and demos). */
    public void drawStroke(List<Point2D> points) {
        beginStroke(points.get(0));
        points.stream().skip(1).forEach(this::extendStroke);
        current = null;
    }

    public void undo() {
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
            current = null;
            redrawAll();
        }
    }

    public void clear() {
        strokes.clear();
        current = null;
        redrawAll();
    }

    private void redrawAll() {
        java.util.Arrays.fill(ink, 0f);
        for (List<Point2D> stroke : strokes) {
            stamp(stroke.get(0));
            for (int i = 1; i < stroke.size(); i++) {
                segment(stroke.get(i - 1), stroke.get(i));
            }
        }
        show();
    }

    private void segment(Point2D from, Point2D to) {
        double length = from.distance(to);
        int stamps = Math.max(1, (int) Math.ceil(length / STAMP_SPACING));
        for (int s = 1; s <= stamps; s++) {
            double t = s / (double) stamps;
            stamp(new Point2D(from.getX() + t * (to.getX() - from.getX()), from.getY() + t * (to.getY() - from.getY())));
        }
    }

    /** A round brush, full inside and fading over its last pixels so edges are not jagged. */
    private void stamp(Point2D at) {
        int x0 = (int) Math.floor(at.getX() - BRUSH_RADIUS - 1);
        int y0 = (int) Math.floor(at.getY() - BRUSH_RADIUS - 1);
        for (int y = Math.max(0, y0); y <= Math.min(SIDE - 1, y0 + 2 * BRUSH_RADIUS + 2); y++) {
            for (int x = Math.max(0, x0); x <= Math.min(SIDE - 1, x0 + 2 * BRUSH_RADIUS + 2); x++) {
                double distance = Math.hypot(x + 0.5 - at.getX(), y + 0.5 - at.getY());
                float value = (float) Math.max(0, Math.min(1, (BRUSH_RADIUS - distance) / 2.5));
                int i = y * SIDE + x;
                ink[i] = Math.max(ink[i], value);
            }
        }
    }

    private void show() {
        float[] copy = ink.clone();
        view.setImage(new GrayImage(SIDE, SIDE, copy).toFxImage());
        drawing.set(copy);
    }
}
