package org.latentexplorer.ui.train;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.train.EpochMetrics;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.ClassLegend;

/**
 * What the Train view shows of a run: the loss chart on top; below it the test pictures on the latent map with the
 * classes' colours, and the pictures the model draws from the same random points, both after every epoch.
 */
final class RunPanel extends VBox {
    static final int SAMPLE_SCALE = 3;
    /** The plot's tick margins beside its square (PlotFrame's left and right). */
    private static final double MAP_MARGINS = 58;

    private final LossChart chart = new LossChart();
    private final ClusterMap map = new ClusterMap();
    private final StackPane legend = new StackPane();
    private final ImageView samples = new ImageView();
    private final Texts texts = Texts.window();
    private final Label mapCaption = caption(texts.text(TrainText.MAP_CAPTION), "train-map-caption");
    private final Label samplesCaption = caption(texts.text(TrainText.SAMPLES_CAPTION), "train-samples-caption");

    RunPanel() {
        getStyleClass().add("train-run");
        setSpacing(10);
        samples.setId("train-samples");
        samples.setSmooth(false);
        samples.setPreserveRatio(true);
        // the map is a square beside its ticks, and the sampled pictures as tall as it (at most their own size)
        map.prefWidthProperty().bind(map.heightProperty().add(MAP_MARGINS));
        samples.fitHeightProperty().bind(Bindings.min(EpochPicture.SAMPLES / EpochPicture.SAMPLE_COLUMNS * 28 * SAMPLE_SCALE,
                map.heightProperty().subtract(40)));
        VBox mapBox = new VBox(6, mapCaption, map, legend);
        VBox.setVgrow(map, Priority.ALWAYS);
        VBox samplesBox = new VBox(6, samplesCaption, samples);
        samplesBox.getStyleClass().add("train-samples-box");
        HBox below = new HBox(24, mapBox, samplesBox);
        VBox.setVgrow(below, Priority.ALWAYS);
        chart.setMinHeight(180);
        chart.setPrefHeight(260);
        getChildren().addAll(chart, below);
    }

    /** Empties everything for a run of {@code epochs} over classes named {@code classNames}. */
    void clear(int epochs, List<String> classNames) {
        chart.clear(epochs);
        map.clear();
        samples.setImage(null);
        legend.getChildren().setAll(new ClassLegend(classNames));
        mapCaption.setText(texts.text(TrainText.MAP_CAPTION));
        samplesCaption.setText(texts.text(TrainText.SAMPLES_CAPTION));
    }

    void batch(int epoch, int batch, int batches, double runningLoss) {
        chart.running(epoch, batch, batches, runningLoss);
    }

    void epoch(EpochMetrics metrics) {
        chart.epoch(metrics.epoch(), metrics.trainLoss(), metrics.testNegativeElbo());
    }

    void picture(EpochPicture picture) {
        map.show(picture);
        Image image = picture.samples().toFxImage(SAMPLE_SCALE);
        samples.setImage(image);
        mapCaption.setText(texts.format(TrainText.MAP_CAPTION_EPOCH, picture.epoch()));
        samplesCaption.setText(texts.format(TrainText.SAMPLES_CAPTION_EPOCH, picture.epoch()));
    }

    LossChart chart() {
        return chart;
    }

    ClusterMap map() {
        return map;
    }

    ImageView samples() {
        return samples;
    }

    private static Label caption(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        return label;
    }
}
