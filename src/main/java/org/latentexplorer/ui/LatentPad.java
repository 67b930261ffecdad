package org.latentexplorer.ui;

import java.util.Locale;
import javafx.beans.InvalidationListener;
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
import org.latentexplorer.latent.LatentPlane;

/**
 * The square latent pad: the latent map's points on the current plane, coloured by class, with axis
 * ticks in latent units, and the puck at the current point. Click or drag moves the puck; scroll
 * zooms around the cursor; right-, middle- or shift-drag pans.
 */
public final class LatentPad extends Region {
    private static final double LEFT = 46;
    private static final double BOTTOM = 34;
    private static final double TOP = 10;
    private static final double RIGHT = 12;
    private static final double DOT = 2.4;
    private static final Color PLOT_BACKGROUND = Color.web("#10141b");
    private static final Color GRID = Color.web("#ffffff", 0.06);
    private static final Color FRAME = Color.web("#ffffff", 0.18);
    private static final Color TICK_TEXT = Color.web("#9aa4b2");
    private static final Color PUCK = Color.web("#ffffff");
    private static final Color PIN = Color.web("#ffd166");
    private static final Font TICK_FONT = Font.font("System", 11);
    private static final Font PIN_FONT = Font.font("System", 12);

    private final ExplorerSession session;
    private final Canvas scatterLayer = new Canvas();
    private final Canvas puckLayer = new Canvas();
    private double panStartX;
    private double panStartY;
    private Viewport panStartView;

    public LatentPad(ExplorerSession session) {
        this.session = session;
        getStyleClass().add("latent-pad");
        getChildren().addAll(scatterLayer, puckLayer);
        setMinSize(240, 240);
        setPrefSize(640, 640);
        setFocusTraversable(true);
        puckLayer.setCursor(Cursor.CROSSHAIR);

        InvalidationListener redrawAll = obs -> redraw();
        InvalidationListener redrawPuck = obs -> drawPuck();
        session.scatterProperty().addListener(redrawAll);
        session.viewportProperty().addListener(redrawAll);
        session.exploration().planeChoiceProperty().addListener(redrawAll);
        Exploration exploration = session.exploration();
        exploration.pointProperty().addListener(redrawPuck);
        exploration.planeProperty().addListener(redrawPuck);
        exploration.pinAProperty().addListener(redrawPuck);
        exploration.pinBProperty().addListener(redrawPuck);

        puckLayer.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        puckLayer.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        puckLayer.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    // ---- geometry: the plot is the largest square that fits beside the tick margins

    private double side() {
        return Math.max(10, Math.min(getWidth() - LEFT - RIGHT, getHeight() - TOP - BOTTOM));
    }

    private double plotLeft() {
        return LEFT + Math.max(0, (getWidth() - LEFT - RIGHT - side()) / 2);
    }

    private double plotTop() {
        return TOP + Math.max(0, (getHeight() - TOP - BOTTOM - side()) / 2);
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

    private Viewport viewport() {
        return session.viewportProperty().get();
    }

    /** Where latent {@code (u, v)} on the current plane lies on the screen (for tests and tooltips). */
    public Point2D screenPointOf(double u, double v) {
        return puckLayer.localToScreen(toX(u), toY(v));
    }

    // ---- mouse

    private boolean isPan(MouseEvent e) {
        return e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE
                || e.isSecondaryButtonDown() || e.isMiddleButtonDown() || e.isShiftDown();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (isPan(e)) {
            panStartX = e.getX();
            panStartY = e.getY();
            panStartView = viewport();
            puckLayer.setCursor(Cursor.CLOSED_HAND);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            movePuck(e);
        }
    }

    private void dragged(MouseEvent e) {
        if (isPan(e) && panStartView != null) {
            double perPixel = 2 * panStartView.halfSpan() / side();
            session.viewportProperty().set(panStartView.pan(-(e.getX() - panStartX) * perPixel, (e.getY() - panStartY) * perPixel));
        } else if (e.isPrimaryButtonDown()) {
            movePuck(e);
        }
        e.consume();
    }

    private void movePuck(MouseEvent e) {
        panStartView = null;
        puckLayer.setCursor(Cursor.CROSSHAIR);
        if (session.exploration().isOpen()) {
            session.exploration().moveOnPlane(toU(e.getX()), toV(e.getY()));
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(1.0025, e.getDeltaY());
        session.viewportProperty().set(viewport().zoom(factor, toU(e.getX()), toV(e.getY())));
        e.consume();
    }

    /** Moves the puck by a fraction of the visible span (arrow keys). */
    public void nudge(double du, double dv) {
        if (!session.exploration().isOpen()) {
            return;
        }
        double[] uv = session.exploration().puck();
        double step = viewport().halfSpan() / 50;
        session.exploration().moveOnPlane(uv[0] + du * step, uv[1] + dv * step);
    }

    // ---- drawing

    @Override
    protected void layoutChildren() {
        for (Canvas canvas : new Canvas[] {scatterLayer, puckLayer}) {
            canvas.setWidth(Math.floor(getWidth()));
            canvas.setHeight(Math.floor(getHeight()));
        }
        redraw();
    }

    private void redraw() {
        drawScatter();
        drawPuck();
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
        drawGrid(g, ticksU, ticksV);

        g.save();
        g.beginPath();
        g.rect(left, top, side, side);
        g.clip();
        Scatter scatter = session.scatterProperty().get();
        g.setGlobalAlpha(0.6);
        for (int p = 0; p < scatter.size(); p++) {
            double x = toX(scatter.us()[p]);
            double y = toY(scatter.vs()[p]);
            if (x >= left - DOT && x <= left + side && y >= top - DOT && y <= top + side) {
                g.setFill(Palette.forClass(scatter.labels()[p]));
                g.fillRect(x - DOT / 2, y - DOT / 2, DOT, DOT);
            }
        }
        g.restore();

        g.setStroke(FRAME);
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, side - 1, side - 1);
        drawTickLabels(g, ticksU, ticksV);
    }

    private void drawGrid(GraphicsContext g, double[] ticksU, double[] ticksV) {
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (double u : ticksU) {
            double x = Math.round(toX(u)) + 0.5;
            g.strokeLine(x, plotTop(), x, plotTop() + side());
        }
        for (double v : ticksV) {
            double y = Math.round(toY(v)) + 0.5;
            g.strokeLine(plotLeft(), y, plotLeft() + side(), y);
        }
    }

    private void drawTickLabels(GraphicsContext g, double[] ticksU, double[] ticksV) {
        g.setFill(TICK_TEXT);
        g.setFont(TICK_FONT);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double bottom = plotTop() + side();
        for (double u : ticksU) {
            g.fillText(tick(u), toX(u), bottom + 5);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double v : ticksV) {
            g.fillText(tick(v), plotLeft() - 6, toY(v));
        }
        String[] axes = axisNames();
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(axes[0] + " →", plotLeft() + side(), getHeight() - 1);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("↑ " + axes[1], plotLeft() - LEFT + 4, getHeight() - 1);
    }

    private String[] axisNames() {
        PlaneChoice choice = session.exploration().planeChoiceProperty().get();
        return choice == null ? new String[] {"z1", "z2"} : choice.axisNames();
    }

    private static String tick(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }

    private void drawPuck() {
        GraphicsContext g = puckLayer.getGraphicsContext2D();
        g.clearRect(0, 0, puckLayer.getWidth(), puckLayer.getHeight());
        Exploration exploration = session.exploration();
        if (!exploration.isOpen()) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(plotLeft(), plotTop(), side(), side());
        g.clip();
        LatentPlane plane = exploration.plane();
        float[] a = exploration.pinAProperty().get();
        float[] b = exploration.pinBProperty().get();
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

        double[] uv = exploration.puck();
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
        g.restore();
    }

    private void drawPin(GraphicsContext g, LatentPlane plane, float[] pin, String name) {
        if (pin == null) {
            return;
        }
        double[] uv = plane.project(pin);
        double x = toX(uv[0]);
        double y = toY(uv[1]);
        g.setFill(PIN);
        g.fillOval(x - 5, y - 5, 10, 10);
        g.setFont(PIN_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(name, x + 7, y - 3);
    }
}
