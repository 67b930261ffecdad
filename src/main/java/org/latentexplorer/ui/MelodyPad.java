package org.latentexplorer.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The melody pad: the corpus melodies as dots coloured by song (the hovered one's song named), the
 * puck, pins, a drawn path and a dropped MIDI file's windows. Click or drag moves the puck; in path
 * mode a drag draws a path; while a corner waits for a pick, a click takes the nearest corpus melody;
 * scroll zooms, right- or shift-drag pans. Drop a MIDI file to see its windows as a path.
 */
public final class MelodyPad extends Region {
    private static final double LEFT = 46;
    private static final double BOTTOM = 34;
    private static final double TOP = 10;
    private static final double RIGHT = 12;
    private static final double DOT = 3;
    private static final double HOVER_PIXELS = 6;
    private static final Color PLOT_BACKGROUND = Color.web("#10141b");
    private static final Color GRID = Color.web("#ffffff", 0.06);
    private static final Color FRAME = Color.web("#ffffff", 0.18);
    private static final Color TICK_TEXT = Color.web("#9aa4b2");
    private static final Color PUCK = Color.web("#ffffff");
    private static final Color PIN = Color.web("#ffd166");
    private static final Color PATH = Color.web("#ff8a5b");
    private static final Color MIDI = Color.web("#7be0a0");
    private static final Font TICK_FONT = Font.font("System", 11);
    private static final Font LABEL_FONT = Font.font("System", 13);

    private final MelodySession session;
    private final Canvas scatterLayer = new Canvas();
    private final Canvas overlay = new Canvas();
    private final List<double[]> drawing = new ArrayList<>();
    private boolean drawingNow;
    private double panStartX;
    private double panStartY;
    private Viewport panStartView;
    private int hovered = -1;

    public MelodyPad(MelodySession session) {
        this.session = session;
        getStyleClass().add("latent-pad");
        setId("melody-pad");
        getChildren().addAll(scatterLayer, overlay);
        setMinSize(240, 240);
        setPrefSize(620, 620);
        setFocusTraversable(true);
        overlay.setCursor(Cursor.CROSSHAIR);

        InvalidationListener redrawAll = obs -> redraw();
        InvalidationListener redrawOverlay = obs -> drawOverlay();
        session.scatterProperty().addListener(redrawAll);
        session.viewportProperty().addListener(redrawAll);
        session.planeProperty().addListener(redrawAll);
        session.pointProperty().addListener(redrawOverlay);
        session.pinAProperty().addListener(redrawOverlay);
        session.pinBProperty().addListener(redrawOverlay);
        session.drawnPathProperty().addListener(redrawOverlay);
        session.midiPathProperty().addListener(redrawOverlay);
        session.stripProperty().addListener(redrawOverlay);
        session.drawingPathProperty().addListener((obs, old, on) -> overlay.setCursor(on ? Cursor.DEFAULT : Cursor.CROSSHAIR));
        session.cornerToPickProperty().addListener((obs, old, c) -> overlay.setCursor(c != null ? Cursor.HAND : Cursor.CROSSHAIR));

        overlay.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        overlay.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        overlay.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        overlay.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        overlay.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(-1));
        overlay.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
    }

    // ---- geometry

    private double side() {
        return Math.max(10, Math.min(getWidth() - LEFT - RIGHT, getHeight() - TOP - BOTTOM));
    }

    private double plotLeft() {
        return LEFT + Math.max(0, (getWidth() - LEFT - RIGHT - side()) / 2);
    }

    private double plotTop() {
        return TOP + Math.max(0, (getHeight() - TOP - BOTTOM - side()) / 2);
    }

    private Viewport viewport() {
        return session.viewportProperty().get();
    }

    private double toX(double u) {
        return plotLeft() + viewport().screenX(u, side());
    }

    private double toY(double v) {
        return plotTop() + viewport().screenY(v, side());
    }

    private double toU(double x) {
        return viewport().latentU(x - plotLeft(), side());
    }

    private double toV(double y) {
        return viewport().latentV(y - plotTop(), side());
    }

    private double pixelsToLatent(double pixels) {
        return pixels * 2 * viewport().halfSpan() / side();
    }

    /** Where pad point {@code (u, v)} lies on the screen (tests). */
    public Point2D screenPointOf(double u, double v) {
        return overlay.localToScreen(toX(u), toY(v));
    }

    // ---- mouse

    private boolean isPan(MouseEvent e) {
        return e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE
                || e.isSecondaryButtonDown() || e.isMiddleButtonDown() || e.isShiftDown();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (session.planeProperty().get() == null) {
            return;
        }
        if (isPan(e)) {
            panStartX = e.getX();
            panStartY = e.getY();
            panStartView = viewport();
            overlay.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        panStartView = null;
        double u = toU(e.getX());
        double v = toV(e.getY());
        if (session.cornerToPickProperty().get() != null) {
            if (!session.pickCorner(u, v, pixelsToLatent(3 * HOVER_PIXELS))) {
                session.messageProperty().set("Click a corpus dot to use its melody as corner "
                        + MelodySession.cornerName(session.cornerToPickProperty().get()));
            }
            return;
        }
        if (session.drawingPathProperty().get()) {
            drawing.clear();
            drawing.add(new double[] {u, v});
            drawingNow = true;
            drawOverlay();
            return;
        }
        int window = nearestMidiPoint(e.getX(), e.getY());
        if (window >= 0) {
            session.playMidiWindow(window);
            return;
        }
        session.moveOnPad(u, v);
    }

    private void dragged(MouseEvent e) {
        if (isPan(e) && panStartView != null) {
            double perPixel = 2 * panStartView.halfSpan() / side();
            session.viewportProperty().set(panStartView.pan(-(e.getX() - panStartX) * perPixel, (e.getY() - panStartY) * perPixel));
        } else if (drawingNow) {
            drawing.add(new double[] {toU(e.getX()), toV(e.getY())});
            drawOverlay();
        } else if (e.isPrimaryButtonDown() && session.cornerToPickProperty().get() == null && session.planeProperty().get() != null) {
            session.moveOnPad(toU(e.getX()), toV(e.getY()));
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (panStartView != null) {
            panStartView = null;
            overlay.setCursor(Cursor.CROSSHAIR);
        }
        if (drawingNow) {
            drawingNow = false;
            drawing.add(new double[] {toU(e.getX()), toV(e.getY())});
            session.decodePath(List.copyOf(drawing));
            drawing.clear();
        }
    }

    private void hover(MouseEvent e) {
        if (session.planeProperty().get() == null) {
            return;
        }
        setHovered(session.nearestDot(toU(e.getX()), toV(e.getY()), pixelsToLatent(HOVER_PIXELS)));
    }

    private void setHovered(int dot) {
        if (dot != hovered) {
            hovered = dot;
            drawOverlay();
        }
    }

    private int nearestMidiPoint(double x, double y) {
        MelodySession.MidiPath path = session.midiPathProperty().get();
        MelodyPlane plane = session.planeProperty().get();
        if (path == null || plane == null) {
            return -1;
        }
        int best = -1;
        double bestDistance = 2 * HOVER_PIXELS;
        for (int i = 0; i < path.points().size(); i++) {
            double[] uv = plane.project(path.points().get(i));
            double d = Math.hypot(toX(uv[0]) - x, toY(uv[1]) - y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(1.0025, e.getDeltaY());
        session.viewportProperty().set(viewport().zoom(factor, toU(e.getX()), toV(e.getY())));
        e.consume();
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
            File file = e.getDragboard().getFiles().get(0);
            session.loadMidiPath(file.toPath());
            done = true;
        }
        e.setDropCompleted(done);
        e.consume();
    }

    // ---- drawing

    @Override
    protected void layoutChildren() {
        for (Canvas canvas : new Canvas[] {scatterLayer, overlay}) {
            canvas.setWidth(Math.floor(getWidth()));
            canvas.setHeight(Math.floor(getHeight()));
        }
        redraw();
    }

    private void redraw() {
        drawScatter();
        drawOverlay();
    }

    /** A colour per song: hues a golden angle apart, so neighbouring song numbers differ. */
    static Color songColor(int label) {
        return Color.hsb(Math.floorMod((long) label * 137, 360), 0.55, 0.95);
    }

    private void drawScatter() {
        GraphicsContext g = scatterLayer.getGraphicsContext2D();
        g.clearRect(0, 0, scatterLayer.getWidth(), scatterLayer.getHeight());
        double left = plotLeft();
        double top = plotTop();
        double side = side();
        g.setFill(PLOT_BACKGROUND);
        g.fillRect(left, top, side, side);
        Viewport view = viewport();
        double[] ticksU = view.ticks(view.minU(), view.maxU(), 7);
        double[] ticksV = view.ticks(view.minV(), view.maxV(), 7);
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (double u : ticksU) {
            double x = Math.round(toX(u)) + 0.5;
            g.strokeLine(x, top, x, top + side);
        }
        for (double v : ticksV) {
            double y = Math.round(toY(v)) + 0.5;
            g.strokeLine(left, y, left + side, y);
        }
        g.save();
        g.beginPath();
        g.rect(left, top, side, side);
        g.clip();
        if (session.planeProperty().get() instanceof MelodyPlane.Corners) {
            g.setStroke(Color.web("#ffffff", 0.3));
            g.setLineDashes(5, 4);
            g.strokeRect(toX(0), toY(1), toX(1) - toX(0), toY(0) - toY(1));
            g.setLineDashes();
        }
        Scatter scatter = session.scatterProperty().get();
        g.setGlobalAlpha(0.55);
        for (int p = 0; p < scatter.size(); p++) {
            double x = toX(scatter.us()[p]);
            double y = toY(scatter.vs()[p]);
            if (x >= left - DOT && x <= left + side && y >= top - DOT && y <= top + side) {
                g.setFill(songColor(scatter.labels()[p]));
                g.fillOval(x - DOT / 2, y - DOT / 2, DOT, DOT);
            }
        }
        g.restore();
        g.setStroke(FRAME);
        g.strokeRect(left + 0.5, top + 0.5, side - 1, side - 1);

        g.setFill(TICK_TEXT);
        g.setFont(TICK_FONT);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double u : ticksU) {
            g.fillText(tick(u), toX(u), top + side + 5);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double v : ticksV) {
            g.fillText(tick(v), left - 6, toY(v));
        }
        MelodyPlane plane = session.planeProperty().get();
        String[] axes = plane == null ? new String[] {"u", "v"} : plane.axisNames();
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(axes[0] + " →", left + side, getHeight() - 1);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("↑ " + axes[1], left - LEFT + 4, getHeight() - 1);
    }

    private static String tick(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }

    private void drawOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        MelodyPlane plane = session.planeProperty().get();
        if (plane == null) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(plotLeft(), plotTop(), side(), side());
        g.clip();

        if (plane instanceof MelodyPlane.Corners) {
            g.setFont(LABEL_FONT);
            g.setFill(PIN);
            double[][] at = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
            for (int c = 0; c < 4; c++) {
                double x = toX(at[c][0]);
                double y = toY(at[c][1]);
                g.fillRect(x - 4, y - 4, 8, 8);
                g.setTextAlign(at[c][0] == 0 ? TextAlignment.RIGHT : TextAlignment.LEFT);
                g.setTextBaseline(at[c][1] == 0 ? VPos.TOP : VPos.BOTTOM);
                g.fillText(MelodySession.cornerName(c), x + (at[c][0] == 0 ? -7 : 7), y + (at[c][1] == 0 ? 5 : -5));
            }
        }

        drawPolyline(g, session.drawnPathProperty().get(), PATH.deriveColor(0, 1, 1, 0.55), 2);
        drawPolyline(g, drawing, PATH, 2.5);
        MelodySession.Strip strip = session.stripProperty().get();
        if (strip.title().equals("Path")) {
            g.setFill(PATH);
            for (MelodySession.Shown tile : strip.tiles()) {
                double[] uv = plane.project(tile.z());
                g.fillOval(toX(uv[0]) - 4, toY(uv[1]) - 4, 8, 8);
            }
        }
        MelodySession.MidiPath midi = session.midiPathProperty().get();
        if (midi != null) {
            List<double[]> points = midi.points().stream().map(plane::project).toList();
            drawPolyline(g, points, MIDI.deriveColor(0, 1, 1, 0.6), 1.5);
            g.setFill(MIDI);
            for (double[] uv : points) {
                g.fillOval(toX(uv[0]) - 3.5, toY(uv[1]) - 3.5, 7, 7);
            }
        }

        float[] a = session.pinAProperty().get();
        float[] b = session.pinBProperty().get();
        if (a != null && b != null) {
            double[] pa = plane.project(a);
            double[] pb = plane.project(b);
            g.setStroke(PIN.deriveColor(0, 1, 1, 0.7));
            g.setLineWidth(1.5);
            g.setLineDashes(6, 4);
            g.strokeLine(toX(pa[0]), toY(pa[1]), toX(pb[0]), toY(pb[1]));
            g.setLineDashes();
        }
        drawPin(g, plane, a, "A");
        drawPin(g, plane, b, "B");

        if (session.pointProperty().get() != null) {
            double[] uv = session.puck();
            double x = toX(uv[0]);
            double y = toY(uv[1]);
            g.setStroke(Color.web("#ffffff", 0.25));
            g.setLineWidth(1);
            g.strokeLine(x, plotTop(), x, plotTop() + side());
            g.strokeLine(plotLeft(), y, plotLeft() + side(), y);
            g.setFill(Color.web("#000000", 0.35));
            g.fillOval(x - 10, y - 9, 20, 20);
            g.setStroke(PUCK);
            g.setLineWidth(2.5);
            g.strokeOval(x - 8, y - 8, 16, 16);
            g.setFill(PUCK);
            g.fillOval(x - 2.5, y - 2.5, 5, 5);
        }
        g.restore();

        Scatter scatter = session.scatterProperty().get();
        if (hovered >= 0 && hovered < scatter.size()) {
            double x = toX(scatter.us()[hovered]);
            double y = toY(scatter.vs()[hovered]);
            int label = scatter.labels()[hovered];
            g.setStroke(songColor(label));
            g.setLineWidth(2);
            g.strokeOval(x - 6, y - 6, 12, 12);
            String name = session.songName(label);
            g.setFont(LABEL_FONT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.setFill(Color.web("#000000", 0.6));
            g.fillRoundRect(plotLeft() + 6, plotTop() + 6, name.length() * 7.5 + 16, 22, 6, 6);
            g.setFill(songColor(label));
            g.fillText(name, plotLeft() + 14, plotTop() + 10);
        }
    }

    private void drawPolyline(GraphicsContext g, List<double[]> points, Color color, double width) {
        if (points.size() < 2) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(width);
        g.beginPath();
        g.moveTo(toX(points.get(0)[0]), toY(points.get(0)[1]));
        for (int i = 1; i < points.size(); i++) {
            g.lineTo(toX(points.get(i)[0]), toY(points.get(i)[1]));
        }
        g.stroke();
    }

    private void drawPin(GraphicsContext g, MelodyPlane plane, float[] pin, String name) {
        if (pin == null) {
            return;
        }
        double[] uv = plane.project(pin);
        double x = toX(uv[0]);
        double y = toY(uv[1]);
        g.setFill(PIN);
        g.fillOval(x - 5, y - 5, 10, 10);
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(name, x + 7, y - 3);
    }
}
