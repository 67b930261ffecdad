package org.latentexplorer.ui;

import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * A 2-D map on its own: dots coloured by class and a puck the mouse moves, with the same frame, ticks,
 * zoom and pan as the latent pad. The lab's views set its scatter and puck and listen for moves.
 */
public final class MapPad extends Region {
    private static final double DOT = 2.2;
    private static final double DOT_ALPHA = 0.55;
    private static final String[] AXES = {"z1", "z2"};

    private final ObjectProperty<Scatter> scatter = new SimpleObjectProperty<>(Scatter.EMPTY);
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(Viewport.DEFAULT);
    private final ObjectProperty<double[]> puck = new SimpleObjectProperty<>();
    private final PlotFrame frame;
    private final String[] axisNames;
    private BiConsumer<Double, Double> onMove = (u, v) -> { };

    public MapPad(String... axisNames) {
        this.axisNames = axisNames.length == 2 ? axisNames : AXES;
        frame = new PlotFrame(this, viewport);
        getStyleClass().add("latent-pad");
        getChildren().addAll(frame.scatterLayer(), frame.overlay());
        setMinSize(200, 200);
        setPrefSize(380, 380);
        InvalidationListener redrawAll = obs -> redraw();
        scatter.addListener(redrawAll);
        viewport.addListener(redrawAll);
        puck.addListener(obs -> drawPuck());
        frame.overlay().addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        frame.overlay().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
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

    /** Told the map point under the mouse when the user clicks or drags the puck. */
    public void setOnMove(BiConsumer<Double, Double> onMove) {
        this.onMove = onMove;
    }

    /** Where map point {@code (u, v)} lies on the screen (for tests). */
    public Point2D screenPointOf(double u, double v) {
        return frame.screenPointOf(u, v);
    }

    private void pressed(MouseEvent e) {
        if (!frame.startPan(e) && e.getButton() == MouseButton.PRIMARY) {
            move(e);
        }
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
