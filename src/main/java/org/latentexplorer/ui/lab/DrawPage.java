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
import org.latentexplorer.ui.widgets.LatentText;
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
    private final Label caption = new Label("Draw a digit on the black square.");
    private final MapPad map = new MapPad();
    private DrawnDigit reading;

    DrawPage(Executor fxThread) {
        super("draw", fxThread);
        setId("draw-page");
        Button clear = new Button("Clear");
        clear.setId("draw-clear");
        clear.setOnAction(e -> canvas.clear());
        Button undo = new Button("Undo");
        undo.setId("draw-undo");
        undo.setOnAction(e -> canvas.undo());
        HBox buttons = new HBox(8, clear, undo);
        Label hint = new Label("Drag to draw; each stroke can be undone.");
        hint.getStyleClass().add("hint");
        VBox drawing = new VBox(10, title("Your digit"), canvas, buttons, hint);

        caption.getStyleClass().add("digit-caption");
        caption.setId("draw-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(2 * (28 * SCALE + 12) + 10);
        HBox pair = new HBox(10, new VBox(10, title("As the model sees it"), frame(inputView)),
                new VBox(10, title("Reconstruction"), frame(reconstructionView)));
        VBox seen = new VBox(10, pair, caption);

        map.setId("draw-map");
        map.setOnMove((u, v) -> decodePoint(new float[] {u.floatValue(), v.floatValue()}));
        VBox.setVgrow(map, Priority.ALWAYS);
        VBox mapColumn = new VBox(10, title("Where it lands among the test digits (" + MODEL + ")"), map,
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
            throw new IllegalStateException(directory + ": the draw page needs a 2-D model, this one has " + space.latentSize() + " dimensions");
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
            caption.setText("Draw a digit on the black square.");
            return;
        }
        if (newReading.input() != null) {
            inputView.setImage(new GrayImage(28, 28, newReading.input()).toFxImage(SCALE));
        }
        reconstructionView.setImage(new GrayImage(28, 28, newReading.reconstruction()).toFxImage(SCALE));
        map.puckProperty().set(new double[] {newReading.z()[0], newReading.z()[1]});
        String guess = newReading.digit() < 0 ? "" : String.format(java.util.Locale.ROOT, "%nThe classifier reads a %d (%.0f%% sure)",
                newReading.digit(), 100 * newReading.confidence());
        caption.setText("z = " + LatentText.brief(newReading.z()) + (newReading.input() == null ? "  (a point you picked)" : "") + guess);
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
