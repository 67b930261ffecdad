package org.latentexplorer.ui.digits;

import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import org.latentexplorer.ui.widgets.ArrowKeys;
import org.latentexplorer.ui.widgets.PlotFrame;

/**
 * The square latent pad: the latent map's points on the current plane, coloured by class, with axis
 * ticks in latent units, and the puck at the current point. Click or drag moves the puck; scroll
 * zooms around the cursor; right-, middle- or shift-drag pans. From the keyboard (the pad takes focus):
 * arrows nudge the puck, shift+arrow by a bigger step, Enter or space decodes the point again.
 */
public final class LatentPad extends Region {
    private static final double DOT = 2.4;
    private static final double DOT_ALPHA = 0.6;
    private static final Font PIN_FONT = Font.font("System", 12);
    /** A nudge moves the puck by this fraction of the visible half-span; shift+arrow by ten times more. */
    static final double NUDGE = 1.0 / 50;
    static final double BIG_NUDGE = 10 * NUDGE;

    private final ExplorerSession session;
    private final PlotFrame frame;
    private double dotSize = DOT;

    public LatentPad(ExplorerSession session) {
        this.session = session;
        frame = new PlotFrame(this, session.viewportProperty());
        getStyleClass().add("latent-pad");
        getChildren().addAll(frame.scatterLayer(), frame.overlay());
        setMinSize(240, 240);
        setPrefSize(640, 640);
        setFocusTraversable(true);

        InvalidationListener redrawAll = obs -> redraw();
        InvalidationListener redrawPuck = obs -> drawPuck();
        session.scatterProperty().addListener(redrawAll);
        session.viewportProperty().addListener(redrawAll);
        session.exploration().planeChoiceProperty().addListener(redrawAll);
        Exploration exploration = session.exploration();
        exploration.spaceProperty().addListener(redrawAll);
        exploration.pointProperty().addListener(redrawPuck);
        exploration.planeProperty().addListener(redrawPuck);
        exploration.pinAProperty().addListener(redrawPuck);
        exploration.pinBProperty().addListener(redrawPuck);

        frame.overlay().addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        frame.overlay().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        frame.overlay().addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Where latent {@code (u, v)} on the current plane lies on the screen (for tests and tooltips). */
    public Point2D screenPointOf(double u, double v) {
        return frame.screenPointOf(u, v);
    }

    /** The pad's {@code (u, v)} under pad-local {@code (x, y)}: where a touch there puts the puck. */
    public double[] latentAt(double x, double y) {
        return new double[] {frame.toU(x), frame.toV(y)};
    }

    // ---- mouse

    private void pressed(MouseEvent e) {
        requestFocus();
        if (!frame.startPan(e) && e.getButton() == MouseButton.PRIMARY) {
            movePuck(e);
        }
        e.consume(); // else the tab pane around the pad takes the focus from it
    }

    private void dragged(MouseEvent e) {
        if (!frame.continuePan(e) && e.isPrimaryButtonDown()) {
            movePuck(e);
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!frame.finishPan(e) && e.getButton() == MouseButton.PRIMARY && !e.isStillSincePress()) {
            movePuck(e); // a fast drag's last moves may arrive only with the release
        }
    }

    private void movePuck(MouseEvent e) {
        frame.endPan();
        if (session.exploration().isOpen()) {
            session.exploration().moveOnPlane(frame.toU(e.getX()), frame.toV(e.getY()));
        }
    }

    /** Moves the puck by {@code du, dv} steps of {@link #NUDGE} of the visible half-span (arrow keys). */
    public void nudge(double du, double dv) {
        nudge(du, dv, NUDGE);
    }

    private void nudge(double du, double dv, double fraction) {
        if (!session.exploration().isOpen()) {
            return;
        }
        double[] uv = session.exploration().puck();
        double step = frame.viewport().halfSpan() * fraction;
        session.exploration().moveOnPlane(uv[0] + du * step, uv[1] + dv * step);
    }

    /** Handles a key meant for the pad (arrows, shift+arrows, Enter, space); tells whether it was one. */
    boolean handleKey(KeyEvent e) {
        if (ArrowKeys.move(e, (dx, dy, big) -> nudge(dx, dy, big ? BIG_NUDGE : NUDGE))) {
            return true;
        }
        boolean again = !e.isShortcutDown() && !e.isAltDown() && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE);
        if (again) {
            session.decodeAgain();
        }
        return again;
    }

    private void keyPressed(KeyEvent e) {
        if (handleKey(e)) {
            e.consume();
        }
    }

    // ---- drawing

    /** Draws the dots {@code pixels} wide (a projector seen from across a room wants them bigger). */
    public void setDotSize(double pixels) {
        dotSize = pixels;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        frame.fitLayersToPad();
        redraw();
    }

    private void redraw() {
        frame.drawScatterLayer(axisNames(), this::drawDots);
        drawPuck();
    }

    private String[] axisNames() {
        PlaneChoice choice = session.exploration().planeChoiceProperty().get();
        return choice == null ? new String[] {"z1", "z2"} : choice.axisNames();
    }

    private void drawDots(GraphicsContext g) {
        frame.drawDots(g, session.scatterProperty().get(), dotSize, DOT_ALPHA);
    }

    private void drawPuck() {
        GraphicsContext g = frame.clearOverlay();
        Exploration exploration = session.exploration();
        if (!exploration.isOpen()) {
            return;
        }
        g.save();
        try {
            frame.clipToPlot(g);
            frame.drawPins(g, exploration.plane()::project, exploration.pinAProperty().get(), exploration.pinBProperty().get(), PIN_FONT);
            frame.drawPuck(g, exploration.puck());
        } finally {
            g.restore();
        }
    }
}
