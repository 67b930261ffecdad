package org.latentexplorer.ui.widgets;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the latent pads share: a square plot beside tick margins on a pad, mapped to the latent plane
 * by a {@link Viewport}; two layers over the pad (the scatter below, the puck and its company above);
 * the plot's background, grid ({@link PlotAxes}), frame and ticks in latent units; the puck and the A-B pins; scroll to
 * zoom around the cursor and right-, middle- or shift-drag to pan.
 */
public final class PlotFrame {
    public static final Color PIN = Color.web("#ffd166");
    static final double LEFT = 46;
    private static final double BOTTOM = 34;
    private static final double TOP = 10;
    private static final double RIGHT = 12;
    private static final int TICK_TARGET = 7;
    private static final double ZOOM_PER_SCROLL_UNIT = 1.0025;
    private static final Color PLOT_BACKGROUND = Color.web("#10141b");
    private static final Color FRAME = Color.web("#ffffff", 0.18);
    private static final Color PUCK = Color.web("#ffffff");
    private static final Color PUCK_CROSSHAIR = Color.web("#ffffff", 0.25);
    private static final Color PUCK_SHADOW = Color.web("#000000", 0.35);

    private final Region pad;
    private final ObjectProperty<Viewport> viewport;
    private final Canvas scatterLayer = new Canvas();
    private final Canvas overlay = new Canvas();
    private double panStartX;
    private double panStartY;
    private Viewport panStartView;

    public PlotFrame(Region pad, ObjectProperty<Viewport> viewport) {
        this.pad = pad;
        this.viewport = viewport;
        overlay.setCursor(Cursor.CROSSHAIR);
        overlay.addEventHandler(ScrollEvent.SCROLL, this::zoom);
    }

    /** The layer the scatter is drawn on, below the {@link #overlay()}. */
    public Canvas scatterLayer() {
        return scatterLayer;
    }

    /** The layer on top, which takes the mouse. */
    public Canvas overlay() {
        return overlay;
    }

    /** Sizes both layers to the pad; call from the pad's {@code layoutChildren}. */
    public void fitLayersToPad() {
        for (Canvas canvas : new Canvas[] {scatterLayer, overlay}) {
            canvas.setWidth(Math.floor(pad.getWidth()));
            canvas.setHeight(Math.floor(pad.getHeight()));
        }
    }

    // ---- geometry: the plot is the largest square that fits beside the tick margins

    double side() {
        return Math.max(10, Math.min(pad.getWidth() - LEFT - RIGHT, pad.getHeight() - TOP - BOTTOM));
    }

    double padHeight() {
        return pad.getHeight();
    }

    public double plotLeft() {
        return LEFT + Math.max(0, (pad.getWidth() - LEFT - RIGHT - side()) / 2);
    }

    public double plotTop() {
        return TOP + Math.max(0, (pad.getHeight() - TOP - BOTTOM - side()) / 2);
    }

    public Viewport viewport() {
        return viewport.get();
    }

    public double toX(double u) {
        return plotLeft() + viewport().screenX(u, side());
    }

    public double toY(double v) {
        return plotTop() + viewport().screenY(v, side());
    }

    public double toU(double x) {
        return viewport().latentU(x - plotLeft(), side());
    }

    public double toV(double y) {
        return viewport().latentV(y - plotTop(), side());
    }

    public double pixelsToLatent(double pixels) {
        return pixels * 2 * viewport().halfSpan() / side();
    }

    /** Whether a dot of {@code size} pixels at {@code (x, y)} shows on the plot. */
    public boolean showsDot(double x, double y, double size) {
        double left = plotLeft();
        double top = plotTop();
        double side = side();
        return x >= left - size && x <= left + side && y >= top - size && y <= top + side;
    }

    public Point2D screenPointOf(double u, double v) {
        return overlay.localToScreen(toX(u), toY(v));
    }

    // ---- zoom and pan

    private void zoom(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(ZOOM_PER_SCROLL_UNIT, e.getDeltaY());
        viewport.set(viewport().zoom(factor, toU(e.getX()), toV(e.getY())));
        e.consume();
    }

    private static boolean isPan(MouseEvent e) {
        return e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE
                || e.isSecondaryButtonDown() || e.isMiddleButtonDown() || e.isShiftDown();
    }

    /** Starts a pan if the press is a pan gesture; tells whether it was. */
    public boolean startPan(MouseEvent press) {
        if (!isPan(press)) {
            return false;
        }
        panStartX = press.getX();
        panStartY = press.getY();
        panStartView = viewport();
        overlay.setCursor(Cursor.CLOSED_HAND);
        return true;
    }

    /** Pans with a drag of a started pan; tells whether the drag was one. */
    public boolean continuePan(MouseEvent drag) {
        if (!isPan(drag) || panStartView == null) {
            return false;
        }
        panTo(drag);
        return true;
    }

    /** Ends a started pan at the release point (a fast drag's last moves may come only with it); tells whether one was. */
    public boolean finishPan(MouseEvent release) {
        if (panStartView == null) {
            return false;
        }
        panTo(release);
        endPan();
        return true;
    }

    /** The pan that keeps the latent point under the press under the mouse: 1:1 in screen pixels. */
    private void panTo(MouseEvent e) {
        double perPixel = 2 * panStartView.halfSpan() / side();
        viewport.set(panStartView.pan(-(e.getX() - panStartX) * perPixel, (e.getY() - panStartY) * perPixel));
    }

    public void endPan() {
        if (panStartView != null) {
            panStartView = null;
            overlay.setCursor(Cursor.CROSSHAIR);
        }
    }

    // ---- drawing

    /**
     * Redraws the scatter layer: the plot's background and grid, then {@code plotContent} clipped to
     * the plot, then the frame and the ticks with the axes named {@code axisNames}.
     */
    public void drawScatterLayer(String[] axisNames, Consumer<GraphicsContext> plotContent) {
        GraphicsContext g = scatterLayer.getGraphicsContext2D();
        g.clearRect(0, 0, scatterLayer.getWidth(), scatterLayer.getHeight());
        double left = plotLeft();
        double top = plotTop();
        double side = side();
        g.setFill(PLOT_BACKGROUND);
        g.fillRect(left, top, side, side);
        Viewport view = viewport();
        double[] ticksU = view.ticks(view.minU(), view.maxU(), TICK_TARGET);
        double[] ticksV = view.ticks(view.minV(), view.maxV(), TICK_TARGET);
        PlotAxes.drawGrid(g, this, ticksU, ticksV);

        g.save();
        clipToPlot(g);
        plotContent.accept(g);
        g.restore();

        g.setStroke(FRAME);
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, side - 1, side - 1);
        PlotAxes.drawTickLabels(g, this, ticksU, ticksV, axisNames);
    }

    /** The scatter's points as small squares coloured by class, those outside the plot skipped. */
    public void drawDots(GraphicsContext g, Scatter scatter, double size, double alpha) {
        g.setGlobalAlpha(alpha);
        for (int p = 0; p < scatter.size(); p++) {
            double x = toX(scatter.us()[p]);
            double y = toY(scatter.vs()[p]);
            if (showsDot(x, y, size)) {
                g.setFill(Palette.forClass(scatter.labels()[p]));
                g.fillRect(x - size / 2, y - size / 2, size, size);
            }
        }
        g.setGlobalAlpha(1);
    }

    /** Clears the overlay and hands back its graphics. */
    public GraphicsContext clearOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        return g;
    }

    public void clipToPlot(GraphicsContext g) {
        g.beginPath();
        g.rect(plotLeft(), plotTop(), side(), side());
        g.clip();
    }

    /** The pins A and B (either may be null) and, when both are set, the dashed line between them. */
    public void drawPins(GraphicsContext g, Function<float[], double[]> project, float[] a, float[] b, Font labelFont) {
        if (a != null && b != null) {
            double[] pa = project.apply(a);
            double[] pb = project.apply(b);
            g.setStroke(PIN.deriveColor(0, 1, 1, 0.7));
            g.setLineWidth(1.5);
            g.setLineDashes(6, 4);
            g.strokeLine(toX(pa[0]), toY(pa[1]), toX(pb[0]), toY(pb[1]));
            g.setLineDashes();
        }
        drawPin(g, project, a, "A", labelFont);
        drawPin(g, project, b, "B", labelFont);
    }

    private void drawPin(GraphicsContext g, Function<float[], double[]> project, float[] pin, String name, Font labelFont) {
        if (pin == null) {
            return;
        }
        double[] uv = project.apply(pin);
        double x = toX(uv[0]);
        double y = toY(uv[1]);
        g.setFill(PIN);
        g.fillOval(x - 5, y - 5, 10, 10);
        g.setFont(labelFont);
        // the label leans towards the plot's centre, away from corner labels drawn outside the corners
        boolean rightHalf = x > plotLeft() + side() / 2;
        boolean topHalf = y < plotTop() + side() / 2;
        g.setTextAlign(rightHalf ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.setTextBaseline(topHalf ? VPos.TOP : VPos.BOTTOM);
        g.fillText(name, rightHalf ? x - 7 : x + 7, topHalf ? y + 3 : y - 3);
    }

    /** The puck at latent {@code uv} with a faint crosshair across the plot. */
    public void drawPuck(GraphicsContext g, double[] uv) {
        double x = toX(uv[0]);
        double y = toY(uv[1]);
        g.setStroke(PUCK_CROSSHAIR);
        g.setLineWidth(1);
        g.strokeLine(x, plotTop(), x, plotTop() + side());
        g.strokeLine(plotLeft(), y, plotLeft() + side(), y);
        g.setFill(PUCK_SHADOW);
        g.fillOval(x - 10, y - 9, 20, 20);
        g.setStroke(PUCK);
        g.setLineWidth(2.5);
        g.strokeOval(x - 8, y - 8, 16, 16);
        g.setFill(PUCK);
        g.fillOval(x - 2.5, y - 2.5, 5, 5);
    }
}
