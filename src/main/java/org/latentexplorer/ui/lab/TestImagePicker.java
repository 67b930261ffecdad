package org.latentexplorer.ui.lab;

import java.util.Random;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.latentexplorer.ui.i18n.Texts;

/** Which MNIST test image a lab page works on: previous, next, or a random one. */
final class TestImagePicker extends HBox {
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final Random random = new Random(11);
    private int count = 1;

    TestImagePicker(String idPrefix) {
        super(6);
        Button previous = new Button("◀");
        previous.setId(idPrefix + "-previous");
        previous.setTooltip(new Tooltip(LabText.PREVIOUS.text()));
        previous.setOnAction(e -> index.set((index.get() - 1 + count) % count));
        Button next = new Button("▶");
        next.setId(idPrefix + "-next");
        next.setTooltip(new Tooltip(LabText.NEXT.text()));
        next.setOnAction(e -> index.set((index.get() + 1) % count));
        Button any = new Button(LabText.RANDOM.text());
        any.setId(idPrefix + "-random");
        any.setOnAction(e -> index.set(random.nextInt(count)));
        Label shown = new Label();
        shown.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> LabText.TEST_IMAGE.format(Texts.window().plainNumber(index.get(), 0)), index));
        shown.setMinWidth(110);
        getChildren().addAll(new Label(LabText.SOURCE.text()), previous, shown, next, any);
        getStyleClass().add("lab-bar");
    }

    void setCount(int imageCount) {
        count = Math.max(1, imageCount);
    }

    IntegerProperty indexProperty() {
        return index;
    }
}
