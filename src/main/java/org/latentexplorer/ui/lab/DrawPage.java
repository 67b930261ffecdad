package org.latentexplorer.ui.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.DigitReader;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.lessons.DrawnDigit;
import org.latentexplorer.ui.widgets.ClassLegend;
import org.latentexplorer.ui.widgets.GrayImage;
import org.latentexplorer.ui.widgets.Scatter;

/**
 * Draw a digit: the drawing is centred and scaled as MNIST's digits were, encoded by the 2-D VAE, and
 * the puck jumps to its place among the test digits; the reconstruction shows beside it. Dragging the
 * puck decodes any other point.
 */
final class DrawPage extends LabPage<DrawPage.Models> {
    static final String MODEL = DrawnDigit.MODEL;
    private static final int SCALE = 6;

    /** The 2-D VAE, and the classifier when it is there (the page works without it). */
    record Models(LatentSpace vae, DigitReader reader) implements AutoCloseable {
        @Override
        public void close() {
            vae.close();
            if (reader != null) {
                reader.close();
            }
        }
    }

    private final DrawingCanvas canvas = new DrawingCanvas();
    private final ImageView inputView = digitView("draw-input");
    private final ImageView reconstructionView = digitView("draw-reconstruction");
    private final Label caption = new Label(LabText.DRAW_PROMPT.text());
    private final MapPad map = new MapPad();
    private DrawnDigit reading;

    DrawPage(Executor fxThread) {
        super("draw", fxThread);
        setId("draw-page");
        Button clear = new Button(LabText.CLEAR.text());
        clear.setId("draw-clear");
        clear.setOnAction(e -> canvas.clear());
        Button undo = new Button(LabText.UNDO.text());
        undo.setId("draw-undo");
        undo.setOnAction(e -> canvas.undo());
        HBox buttons = new HBox(8, clear, undo);
        Label hint = new Label(LabText.DRAW_HINT.text());
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(DrawingCanvas.SIDE); // wraps under the canvas rather than widening its column
        VBox drawing = new VBox(10, title(LabText.YOUR_DIGIT.text()), canvas, buttons, hint);

        caption.getStyleClass().add("digit-caption");
        caption.setId("draw-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(2 * (28 * SCALE + 12) + 10);
        HBox pair = new HBox(10, new VBox(10, title(LabText.AS_THE_MODEL_SEES_IT.text()), frame(inputView)),
                new VBox(10, title(LabText.RECONSTRUCTION.text()), frame(reconstructionView)));
        VBox seen = new VBox(10, pair, caption);

        map.setId("draw-map");
        map.setOnMove((u, v) -> decodePoint(new float[] {u.floatValue(), v.floatValue()}));
        VBox.setVgrow(map, Priority.ALWAYS);
        VBox mapColumn = new VBox(10, title(LabText.WHERE_IT_LANDS.format(MODEL)), map,
                new ClassLegend(ImageDataset.MNIST.classNames()));
        HBox.setHgrow(mapColumn, Priority.ALWAYS);

        HBox content = new HBox(24, drawing, seen, mapColumn);
        content.getStyleClass().add("lab-content");
        setContent(content);
        canvas.drawingProperty().addListener((obs, old, ink) -> read(ink));
    }

    @Override
    Models load() throws Exception {
        Path directory = ModelCatalog.defaultRoot().resolve(MODEL);
        LatentSpace space = LatentSpace.open(directory);
        if (space.latentSize() != 2) {
            space.close();
            throw new IllegalStateException(LabText.DRAW_NEEDS_2D.format(directory, space.latentSize()));
        }
        DigitReader reader = null;
        try {
            reader = DigitReader.open(ModelCatalog.defaultRoot().resolve(DigitReader.SHIPPED));
        } catch (IOException missing) {
            // the page still draws, encodes and decodes; it only cannot name the digit
        }
        return new Models(space, reader);
    }

    @Override
    void shown(Models models) {
        LatentSpace space = models.vae();
        map.showScatter(space.latentMap().map(m -> Scatter.project(m, space.defaultPlane())).orElse(Scatter.EMPTY));
        read(canvas.drawingProperty().get());
    }

    private void read(float[] ink) {
        run(Lane.POINT, models -> DrawnDigit.read(models.vae(), models.reader(), ink, DrawingCanvas.SIDE, DrawingCanvas.SIDE).orElse(null),
                this::show);
    }

    private void decodePoint(float[] z) {
        run(Lane.POINT, models -> DrawnDigit.at(models.vae(), z), this::show);
    }

    private void show(DrawnDigit newReading) {
        reading = newReading;
        if (newReading == null) {
            inputView.setImage(null);
            reconstructionView.setImage(null);
            map.puckProperty().set(null);
            caption.setText(LabText.DRAW_PROMPT.text());
            return;
        }
        if (newReading.input() != null) {
            inputView.setImage(new GrayImage(28, 28, newReading.input()).toFxImage(SCALE));
        }
        reconstructionView.setImage(new GrayImage(28, 28, newReading.reconstruction()).toFxImage(SCALE));
        map.puckProperty().set(new double[] {newReading.z()[0], newReading.z()[1]});
        float[] z = newReading.z();
        String point = LabText.DRAW_POINT.format(LabText.fixed(z[0], 2), LabText.fixed(z[1], 2));
        String guess = newReading.digit() < 0 ? ""
                : "\n" + LabText.DRAW_READS.format(String.valueOf(newReading.digit()), LabText.percent(newReading.confidence(), 0));
        caption.setText((newReading.input() == null ? LabText.DRAW_Z_PICKED : LabText.DRAW_Z).format(point) + guess);
    }

    DrawingCanvas canvas() {
        return canvas;
    }

    MapPad map() {
        return map;
    }

    /** The model's reading of the drawing or of the picked point; null before any. */
    DrawnDigit reading() {
        return reading;
    }

    static ImageView digitView(String id) {
        ImageView view = new ImageView();
        view.setSmooth(false);
        view.setId(id);
        view.setFitWidth(28 * SCALE);
        view.setFitHeight(28 * SCALE);
        return view;
    }

    static javafx.scene.layout.StackPane frame(ImageView view) {
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(view);
        frame.getStyleClass().add("digit-frame");
        frame.setAlignment(Pos.CENTER);
        frame.setMinSize(view.getFitWidth() + 12, view.getFitHeight() + 12);
        frame.setMaxSize(view.getFitWidth() + 12, view.getFitHeight() + 12);
        return frame;
    }
}
