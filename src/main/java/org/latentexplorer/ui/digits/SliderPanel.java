package org.latentexplorer.ui.digits;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.latentexplorer.latent.LatentPlane;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.ui.i18n.Texts;

/**
 * One slider per latent dimension, in step with the point both ways: moving a slider moves the point
 * (and the plane through it), moving the point moves the sliders.
 */
public final class SliderPanel extends ScrollPane {
    public static final double RANGE = 4;
    /** One arrow key moves a focused slider by this much: 5 % of its span. */
    public static final double STEP = 0.05 * 2 * RANGE;

    private static final double MIN_VISIBLE_HEIGHT = 90;
    private static final PseudoClass ON_PAD = PseudoClass.getPseudoClass("on-pad");

    private final ExplorerSession session;
    private final GridPane rows = new GridPane();
    private final List<Slider> sliders = new ArrayList<>();
    private boolean following;

    public SliderPanel(ExplorerSession session) {
        this.session = session;
        getStyleClass().add("slider-panel");
        rows.getStyleClass().add("slider-rows");
        ColumnConstraints name = new ColumnConstraints(34);
        ColumnConstraints bar = new ColumnConstraints(80, 200, Double.MAX_VALUE);
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints(52);
        value.setHalignment(HPos.RIGHT);
        rows.getColumnConstraints().addAll(name, bar, value);
        setContent(rows);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Exploration exploration = session.exploration();
        exploration.spaceProperty().addListener((obs, old, space) -> rebuild(space));
        exploration.pointProperty().addListener((obs, old, z) -> follow(z));
        exploration.planeProperty().addListener((obs, old, plane) -> markPlaneAxes(plane));
    }

    /** Room for up to three rows before the panel scrolls, so a short window still shows sliders. */
    @Override
    protected double computeMinHeight(double width) {
        return Math.min(rows.prefHeight(-1), MIN_VISIBLE_HEIGHT) + snappedTopInset() + snappedBottomInset();
    }

    /** No more than the minimum: the panel grows into the room the side panel has left, and scrolls. */
    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    private void rebuild(LatentSpace space) {
        rows.getChildren().clear();
        sliders.clear();
        if (space == null) {
            return;
        }
        for (int d = 0; d < space.latentSize(); d++) {
            int dimension = d;
            Label name = new Label("z" + (d + 1));
            name.getStyleClass().add("slider-name");
            Slider slider = new Slider(-RANGE, RANGE, 0);
            slider.setId("slider-z" + (d + 1));
            slider.getStyleClass().add("latent-slider");
            slider.setBlockIncrement(STEP);
            Label value = new Label();
            value.getStyleClass().add("slider-value");
            value.setId("value-z" + (d + 1));
            slider.valueProperty().addListener((obs, old, now) -> {
                if (!following) {
                    session.exploration().setCoordinate(dimension, now.doubleValue());
                }
            });
            value.textProperty().bind(Bindings.createStringBinding(
                    () -> coordinateText(dimension), session.exploration().pointProperty()));
            rows.addRow(d, name, slider, value);
            sliders.add(slider);
        }
        follow(session.exploration().pointProperty().get());
        markPlaneAxes(session.exploration().plane());
    }

    private String coordinateText(int dimension) {
        float[] z = session.exploration().pointProperty().get();
        if (z == null || dimension >= z.length) {
            return "";
        }
        return Texts.window().signedFixed(z[dimension], 2); // always two decimals: the column does not jitter
    }

    private void follow(float[] z) {
        if (z == null || z.length != sliders.size()) {
            return;
        }
        following = true;
        try {
            for (int d = 0; d < z.length; d++) {
                sliders.get(d).setValue(z[d]);
            }
        } finally {
            following = false;
        }
    }

    /** Highlights the rows of the dimensions the pad's axes follow (none on a principal plane). */
    private void markPlaneAxes(LatentPlane plane) {
        if (plane == null) {
            return;
        }
        int across = plane.axisDimension(true);
        int up = plane.axisDimension(false);
        for (Node node : rows.getChildren()) {
            Integer row = GridPane.getRowIndex(node);
            node.pseudoClassStateChanged(ON_PAD, row != null && (row == across || row == up));
        }
    }

    /** The sliders in dimension order. */
    public List<Slider> sliders() {
        return List.copyOf(sliders);
    }
}
