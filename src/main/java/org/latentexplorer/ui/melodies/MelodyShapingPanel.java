package org.latentexplorer.ui.melodies;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.lab.MelodyAttribute;
import org.latentexplorer.ui.i18n.Texts;

/**
 * The side panel's musician's tools: one slider per attribute vector (the loop changes at the next bar as
 * a slider moves) and the variations of the melody that plays (how many, how similar).
 */
final class MelodyShapingPanel extends VBox {
    private final MelodySession session;

    MelodyShapingPanel(MelodySession session) {
        super(10);
        this.session = session;
        getChildren().addAll(MelodySidePanel.title(MelodiesText.SHAPE_TITLE.text()), sliders(),
                MelodySidePanel.title(MelodiesText.VARIATIONS.text()), variations());
    }

    private VBox sliders() {
        MelodyShaping shaping = session.shaping();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getStyleClass().add("melody-settings");
        MelodyAttribute[] attributes = MelodyAttribute.values();
        for (int row = 0; row < attributes.length; row++) {
            MelodyAttribute attribute = attributes[row];
            Slider slider = new Slider(-MelodyShaping.MAX_STEPS, MelodyShaping.MAX_STEPS, 0);
            slider.setId("shape-" + attribute.key());
            slider.setBlockIncrement(0.25);
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(3);
            slider.setShowTickMarks(true);
            slider.setMaxWidth(Double.MAX_VALUE);
            slider.setTooltip(new Tooltip(MelodiesText.SHAPE_TIP.format(MelodyShaping.label(attribute).toLowerCase(Texts.window().locale()))));
            slider.valueProperty().bindBidirectional(shaping.stepProperty(attribute));
            slider.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    shaping.stepProperty(attribute).set(0);
                }
            });
            Label value = new Label();
            value.getStyleClass().add("slider-value");
            value.setMinWidth(36);
            value.textProperty().bind(Bindings.createStringBinding(() -> steps(shaping.stepProperty(attribute).get()),
                    shaping.stepProperty(attribute)));
            grid.addRow(row, MelodySidePanel.key(MelodyShaping.label(attribute)), slider, value);
            GridPane.setHgrow(slider, Priority.ALWAYS);
        }
        Button reset = new Button(MelodiesText.RESET.text());
        reset.setId("shape-reset");
        reset.setTooltip(new Tooltip(MelodiesText.RESET_TIP.text()));
        reset.setOnAction(e -> shaping.reset());
        Label why = new Label();
        why.getStyleClass().add("hint");
        why.setWrapText(true);
        why.textProperty().bind(Bindings.createStringBinding(() -> session.space() == null || shaping.vectorsProperty().get() != null
                ? "" : MelodiesText.SLIDERS_OFF.format(session.attributeVectorsProblem()), shaping.vectorsProperty(), session.spaceProperty()));
        why.visibleProperty().bind(why.textProperty().isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());
        grid.disableProperty().bind(shaping.vectorsProperty().isNull());
        reset.disableProperty().bind(shaping.vectorsProperty().isNull());
        return new VBox(6, grid, reset, why);
    }

    private static String steps(double value) {
        return MelodyNumbers.signed(value, 1);
    }

    private GridPane variations() {
        MelodyPaths paths = session.paths();
        Spinner<Integer> count = new Spinner<>(1, 16, MelodyPaths.DEFAULT_VARIATIONS);
        count.setId("variation-count");
        count.setPrefWidth(70);
        count.setTooltip(new Tooltip(MelodiesText.HOW_MANY_TIP.text()));
        paths.variationCountProperty().bind(count.valueProperty());
        Slider similarity = new Slider(0, 1, MelodyPaths.DEFAULT_SIMILARITY);
        similarity.setId("variation-similarity");
        similarity.setBlockIncrement(0.05);
        similarity.setMaxWidth(Double.MAX_VALUE);
        similarity.setTooltip(new Tooltip(MelodiesText.SIMILARITY_TIP.text()));
        paths.similarityProperty().bind(similarity.valueProperty());
        Label similarityValue = new Label();
        similarityValue.getStyleClass().add("slider-value");
        similarityValue.textProperty().bind(Bindings.createStringBinding(
                () -> MelodyNumbers.fixed(similarity.getValue(), 2), similarity.valueProperty()));
        Button make = new Button(MelodiesText.MAKE_VARIATIONS.text());
        make.setId("make-variations");
        make.setTooltip(new Tooltip(MelodiesText.MAKE_VARIATIONS_TIP.text()));
        make.setOnAction(e -> paths.variations());
        HBox countRow = new HBox(8, count, make);
        countRow.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getStyleClass().add("melody-settings");
        grid.addRow(0, MelodySidePanel.key(MelodiesText.HOW_MANY.text()), countRow);
        GridPane.setColumnSpan(countRow, 2);
        grid.addRow(1, MelodySidePanel.key(MelodiesText.SIMILARITY.text()), similarity, similarityValue);
        GridPane.setHgrow(similarity, Priority.ALWAYS);
        grid.disableProperty().bind(session.spaceProperty().isNull());
        return grid;
    }
}
