package org.latentexplorer.ui.melodies;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.latentexplorer.latent.MidiWindows;
import org.latentexplorer.ui.widgets.ArrowKeys;
import org.latentexplorer.ui.widgets.PlotFrame;
import org.latentexplorer.ui.widgets.Scatter;

/**
 * The melody pad: the corpus melodies as dots coloured by song (the hovered one's song named), the
 * puck, pins, a drawn path and a dropped MIDI file's windows. Click or drag moves the puck; in path
 * mode a drag draws a path; while a corner waits for a pick, a click takes the nearest corpus melody;
 * scroll zooms, right- or shift-drag pans; arrow keys nudge the puck. Drop a MIDI file to see its windows as a path, or a strip tile to make it the point.
 */
public final class MelodyPad extends Region {
    private static final double DOT = 3;
    private static final double DOT_ALPHA = 0.55;
    private static final double HOVER_PIXELS = 6;
    private static final Color UNIT_SQUARE = Color.web("#ffffff", 0.3);

    private final MelodySession session;
    private final PlotFrame frame;
    private final Canvas overlay;
    private final List<double[]> drawing = new ArrayList<>();
    private boolean drawingNow;
    private int hovered = -1;

    public MelodyPad(MelodySession session) {
        this.session = session;
        frame = new PlotFrame(this, session.viewportProperty());
        overlay = frame.overlay();
        getStyleClass().add("latent-pad");
        setId("melody-pad");
        getChildren().addAll(frame.scatterLayer(), overlay);
        setMinSize(240, 240);
        setPrefSize(620, 620);
        setFocusTraversable(true);

        InvalidationListener redrawAll = obs -> redraw();
        InvalidationListener redrawOverlay = obs -> drawOverlay();
        session.scatterProperty().addListener(redrawAll);
        session.viewportProperty().addListener(redrawAll);
        session.planeProperty().addListener(redrawAll);
        session.pointProperty().addListener(redrawOverlay);
        session.paths().pinAProperty().addListener(redrawOverlay);
        session.paths().pinBProperty().addListener(redrawOverlay);
        session.paths().drawnPathProperty().addListener(redrawOverlay);
        session.paths().midiPathProperty().addListener(redrawOverlay);
        session.paths().stripProperty().addListener(redrawOverlay);
        session.paths().drawingPathProperty().addListener((obs, old, on) -> overlay.setCursor(on ? Cursor.DEFAULT : Cursor.CROSSHAIR));
        session.corners().cornerToPickProperty().addListener((obs, old, c) -> overlay.setCursor(c != null ? Cursor.HAND : Cursor.CROSSHAIR));

        overlay.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        overlay.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        overlay.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        overlay.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        overlay.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(-1));
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
    }

    private double toX(double u) {
        return frame.toX(u);
    }

    private double toY(double v) {
        return frame.toY(v);
    }

    private double toU(double x) {
        return frame.toU(x);
    }

    private double toV(double y) {
        return frame.toV(y);
    }

    /** Where pad point {@code (u, v)} lies on the screen (tests). */
    public Point2D screenPointOf(double u, double v) {
        return frame.screenPointOf(u, v);
    }

    /** The pad's {@code (u, v)} under pad-local {@code (x, y)}: where a touch there puts the puck. */
    public double[] latentAt(double x, double y) {
        return new double[] {frame.toU(x), frame.toV(y)};
    }

    // ---- keyboard

    private void key(KeyEvent e) {
        if (ArrowKeys.move(e, (dx, dy, big) -> nudge(big ? 10 * dx : dx, big ? 10 * dy : dy))) {
            e.consume();
        }
    }

    /** Moves the puck by {@code du, dv} fiftieths of the visible half-span (arrow keys). */
    public void nudge(double du, double dv) {
        if (session.planeProperty().get() == null || session.pointProperty().get() == null) {
            return;
        }
        double[] uv = session.puck();
        double step = session.viewportProperty().get().halfSpan() / 50;
        session.moveOnPad(uv[0] + du * step, uv[1] + dv * step);
    }

    // ---- mouse

    private void pressed(MouseEvent e) {
        requestFocus();
        if (session.planeProperty().get() == null) {
            return;
        }
        if (frame.startPan(e) || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        frame.endPan();
        double u = toU(e.getX());
        double v = toV(e.getY());
        if (session.corners().cornerToPickProperty().get() != null) {
            if (!session.corners().pickCorner(u, v, frame.pixelsToLatent(3 * HOVER_PIXELS))) {
                session.messageProperty().set(MelodiesText.PICK_HINT.format(
                        MelodyCorners.cornerName(session.corners().cornerToPickProperty().get())));
            }
            return;
        }
        if (session.paths().drawingPathProperty().get()) {
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
        int dot = session.scatterProperty().get().nearest(u, v, frame.pixelsToLatent(HOVER_PIXELS));
        if (dot >= 0) {
            session.moveToDot(dot);
            return;
        }
        session.moveOnPad(u, v);
    }

    private void dragged(MouseEvent e) {
        if (frame.continuePan(e)) {
            e.consume();
            return;
        }
        if (drawingNow) {
            drawing.add(new double[] {toU(e.getX()), toV(e.getY())});
            drawOverlay();
        } else if (e.isPrimaryButtonDown() && session.corners().cornerToPickProperty().get() == null && session.planeProperty().get() != null) {
            session.moveOnPad(toU(e.getX()), toV(e.getY()));
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        frame.endPan();
        if (drawingNow) {
            drawingNow = false;
            drawing.add(new double[] {toU(e.getX()), toV(e.getY())});
            session.paths().decodePath(List.copyOf(drawing));
            drawing.clear();
        }
    }

    private void hover(MouseEvent e) {
        if (session.planeProperty().get() == null) {
            return;
        }
        setHovered(session.scatterProperty().get().nearest(toU(e.getX()), toV(e.getY()), frame.pixelsToLatent(HOVER_PIXELS)));
    }

    private void setHovered(int dot) {
        if (dot != hovered) {
            hovered = dot;
            drawOverlay();
        }
    }

    private int nearestMidiPoint(double x, double y) {
        MidiWindows path = session.paths().midiPathProperty().get();
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

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasContent(MelodyStrip.TILE)) {
            e.acceptTransferModes(TransferMode.MOVE);
        } else if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().getContent(MelodyStrip.TILE) instanceof Integer tile) {
            session.paths().placeTile(tile);
            done = true;
        } else if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
            File file = e.getDragboard().getFiles().get(0);
            session.paths().loadMidiPath(file.toPath());
            done = true;
        }
        e.setDropCompleted(done);
        e.consume();
    }

    // ---- drawing

    @Override
    protected void layoutChildren() {
        frame.fitLayersToPad();
        redraw();
    }

    private void redraw() {
        frame.drawScatterLayer(axisNames(), this::drawPlotContent);
        drawOverlay();
    }

    /** A colour per song: hues a golden angle apart, so neighbouring song numbers differ. */
    static Color songColor(int label) {
        return Color.hsb(Math.floorMod((long) label * 137, 360), 0.55, 0.95);
    }

    private String[] axisNames() {
        MelodyPlane plane = session.planeProperty().get();
        return plane == null ? new String[] {"u", "v"} : plane.axisNames();
    }

    private void drawPlotContent(GraphicsContext g) {
        if (session.planeProperty().get() instanceof MelodyPlane.Corners) {
            g.setStroke(UNIT_SQUARE);
            g.setLineDashes(5, 4);
            g.strokeRect(toX(0), toY(1), toX(1) - toX(0), toY(0) - toY(1));
            g.setLineDashes();
        }
        Scatter scatter = session.scatterProperty().get();
        g.setGlobalAlpha(DOT_ALPHA);
        for (int p = 0; p < scatter.size(); p++) {
            double x = toX(scatter.us()[p]);
            double y = toY(scatter.vs()[p]);
            if (frame.showsDot(x, y, DOT)) {
                g.setFill(songColor(scatter.labels()[p]));
                g.fillOval(x - DOT / 2, y - DOT / 2, DOT, DOT);
            }
        }
    }

    private void drawOverlay() {
        GraphicsContext g = frame.clearOverlay();
        MelodyPlane plane = session.planeProperty().get();
        if (plane == null) {
            return;
        }
        g.save();
        frame.clipToPlot(g);

        if (plane instanceof MelodyPlane.Corners) {
            MelodyPadMarks.drawCornerNames(g, frame);
        }
        MelodyPadMarks.drawPaths(g, frame, plane, session.paths(), drawing);
        frame.drawPins(g, plane::project, session.paths().pinAProperty().get(), session.paths().pinBProperty().get(), MelodyPadMarks.LABEL_FONT);
        if (session.pointProperty().get() != null) {
            frame.drawPuck(g, session.puck());
        }
        g.restore();

        Scatter scatter = session.scatterProperty().get();
        if (hovered >= 0 && hovered < scatter.size()) {
            MelodyPadMarks.drawHovered(g, frame, scatter, hovered, session.songName(scatter.labels()[hovered]));
        }
    }
}
