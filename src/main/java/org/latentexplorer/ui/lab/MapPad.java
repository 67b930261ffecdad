package org.latentexplorer.ui.lab;

import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.latentexplorer.ui.widgets.ArrowKeys;
import org.latentexplorer.ui.widgets.PlotFrame;
import org.latentexplorer.ui.widgets.Scatter;
import org.latentexplorer.ui.widgets.Viewport;

/**
 * A 2-D map on its own: dots coloured by class and a puck the mouse (or, focused, the arrow keys) moves,
 * with the same frame, ticks, zoom and pan as the latent pad. The lab's views set its scatter and puck and listen for moves.
 */
public final class MapPad extends Region {
    private static final double DOT = 2.2;
    private static final double DOT_ALPHA = 0.55;
    private static final String[] AXES = {"z1", "z2"};
    private static final javafx.scene.paint.Color HOLE = javafx.scene.paint.Color.web("#ff5d5d", 0.28);

    private final ObjectProperty<Scatter> scatter = new SimpleObjectProperty<>(Scatter.EMPTY);
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(Viewport.DEFAULT);
    private final ObjectProperty<double[]> puck = new SimpleObjectProperty<>();
    private final ObjectProperty<Shading> shading = new SimpleObjectProperty<>();
    private final PlotFrame frame;
    private final String[] axisNames;
    private BiConsumer<Double, Double> onMove = (u, v) -> { };

    /** Cells of a {@code grid x grid} lattice over a box of the map to shade (row {@code j}, column {@code i} at {@code j * grid + i}). */
    public record Shading(double minU, double maxU, double minV, double maxV, boolean[] cells, int grid) {
    }

    public MapPad(String... axisNames) {
        this.axisNames = axisNames.length == 2 ? axisNames : AXES;
        frame = new PlotFrame(this, viewport);
        getStyleClass().add("latent-pad");
        getChildren().addAll(frame.scatterLayer(), frame.overlay());
        setMinSize(200, 200);
        setPrefSize(380, 380);
        InvalidationListener redrawAll = obs -> redraw();
        scatter.addListener(redrawAll);
        shading.addListener(redrawAll);
        viewport.addListener(redrawAll);
        puck.addListener(obs -> drawPuck());
        frame.overlay().addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        frame.overlay().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void key(KeyEvent e) {
        if (ArrowKeys.move(e, (dx, dy, big) -> nudge(big ? 10 * dx : dx, big ? 10 * dy : dy))) {
            e.consume();
        }
    }

    /** Moves the puck by {@code du, dv} fiftieths of the visible half-span (from the centre when there is none yet). */
    public void nudge(double du, double dv) {
        Viewport view = viewport.get();
        double[] from = puck.get() != null ? puck.get() : new double[] {view.centerU(), view.centerV()};
        double step = view.halfSpan() / 50;
        double u = from[0] + du * step;
        double v = from[1] + dv * step;
        puck.set(new double[] {u, v});
        onMove.accept(u, v);
    }

    /** The dots; setting it also frames them. */
    public void showScatter(Scatter dots) {
        scatter.set(dots);
        viewport.set(dots.size() == 0 ? Viewport.DEFAULT : dots.fittingView());
    }

    public ObjectProperty<Scatter> scatterProperty() {
        return scatter;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    /** Where the puck is, in map units; null hides it. */
    public ObjectProperty<double[]> puckProperty() {
        return puck;
    }

    /** Shaded cells drawn under the dots; null for none. */
    public ObjectProperty<Shading> shadingProperty() {
        return shading;
    }

    /** Told the map point under the mouse when the user clicks or drags the puck. */
    public void setOnMove(BiConsumer<Double, Double> onMove) {
        this.onMove = onMove;
    }

    /** Where map point {@code (u, v)} lies on the screen (for tests). */
    public Point2D screenPointOf(double u, double v) {
        return frame.screenPointOf(u, v);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (!frame.startPan(e) && e.getButton() == MouseButton.PRIMARY) {
            move(e);
        }
        e.consume(); // else the tab pane around takes the focus the press just gave the map
    }

    private void dragged(MouseEvent e) {
        if (!frame.continuePan(e) && e.isPrimaryButtonDown()) {
            move(e);
        }
        e.consume();
    }

    private void move(MouseEvent e) {
        frame.endPan();
        double u = frame.toU(e.getX());
        double v = frame.toV(e.getY());
        puck.set(new double[] {u, v});
        onMove.accept(u, v);
    }

    @Override
    protected void layoutChildren() {
        frame.fitLayersToPad();
        redraw();
    }

    private void redraw() {
        frame.drawScatterLayer(axisNames, this::drawDots);
        drawPuck();
    }

    private void drawDots(GraphicsContext g) {
        Shading cells = shading.get();
        if (cells != null) {
            double cellU = (cells.maxU() - cells.minU()) / cells.grid();
            double cellV = (cells.maxV() - cells.minV()) / cells.grid();
            g.setFill(HOLE);
            for (int j = 0; j < cells.grid(); j++) {
                for (int i = 0; i < cells.grid(); i++) {
                    if (cells.cells()[j * cells.grid() + i]) {
                        double x0 = frame.toX(cells.minU() + i * cellU);
                        double y0 = frame.toY(cells.minV() + (j + 1) * cellV);
                        g.fillRect(x0, y0, frame.toX(cells.minU() + (i + 1) * cellU) - x0, frame.toY(cells.minV() + j * cellV) - y0);
                    }
                }
            }
        }
        frame.drawDots(g, scatter.get(), DOT, DOT_ALPHA);
    }

    private void drawPuck() {
        GraphicsContext g = frame.clearOverlay();
        if (puck.get() == null) {
            return;
        }
        g.save();
        frame.clipToPlot(g);
        frame.drawPuck(g, puck.get());
        g.restore();
    }
}
