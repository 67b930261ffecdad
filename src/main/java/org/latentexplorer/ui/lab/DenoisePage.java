package org.latentexplorer.ui.lab;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageNoise;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.lab.DigitPreprocessing;
import org.latentexplorer.latent.ImageRestorer;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.lessons.LessonImages;
import org.latentexplorer.lessons.Restoration;
import org.latentexplorer.lessons.Restoration.DenoisedDigit;
import org.latentexplorer.ui.widgets.GrayImage;
import org.latentexplorer.ui.widgets.TwoWaySwitch;

/**
 * Denoising: a test image (or the user's own drawing) with noise of a chosen kind and strength, and the
 * denoising autoencoder's output beside it, each with its PSNR against the clean image.
 */
final class DenoisePage extends LabPage<DenoisePage.Models> {
    static final String MODEL = Restoration.DENOISER;
    private static final int SCALE = 7;
    private static final long NOISE_SEED = 5;

    record Models(ImageRestorer denoiser, ImageSet test) implements AutoCloseable {
        @Override
        public void close() {
            denoiser.close();
        }
    }

    private final TestImagePicker picker = new TestImagePicker("denoise");
    private final TwoWaySwitch kinds = new TwoWaySwitch(LabText.NOISE_GAUSSIAN.text(), "denoise-gaussian",
            LabText.NOISE_SALT_AND_PEPPER.text(), "denoise-salt-and-pepper", this::update);
    private final Slider strength = new Slider(0, 0.6, 0.3);
    private final Label strengthText = new Label();
    private final DrawingCanvas canvas = new DrawingCanvas();
    private final ToggleButton useDrawing = new ToggleButton(LabText.USE_DRAWING.text());
    private final ImageView cleanView = DrawPage.digitView("denoise-clean");
    private final ImageView noisyView = DrawPage.digitView("denoise-noisy");
    private final ImageView denoisedView = DrawPage.digitView("denoise-output");
    private final Label noisyCaption = new Label();
    private final Label denoisedCaption = new Label();
    private DenoisedDigit result;

    DenoisePage(Executor fxThread) {
        super("denoise", fxThread);
        setId("denoise-page");
        for (ImageView view : new ImageView[] {cleanView, noisyView, denoisedView}) {
            view.setFitWidth(28 * SCALE);
            view.setFitHeight(28 * SCALE);
        }
        strength.setId("denoise-strength");
        strength.setPrefWidth(220);
        strength.valueProperty().addListener((obs, old, now) -> update());
        strengthText.setMinWidth(110);
        useDrawing.setId("denoise-use-drawing");
        useDrawing.selectedProperty().addListener((obs, old, now) -> update());
        HBox bar = new HBox(12, picker, new Label(LabText.NOISE.text()), kinds, strength, strengthText, useDrawing);
        bar.getStyleClass().add("lab-bar");
        setTop(bar);

        Button clear = new Button(LabText.CLEAR_DRAWING.text());
        clear.setOnAction(e -> canvas.clear());
        VBox drawing = new VBox(8, title(LabText.OR_DRAW_ONE.text()), canvas, clear);
        noisyCaption.getStyleClass().add("digit-caption");
        denoisedCaption.getStyleClass().add("digit-caption");
        noisyCaption.setId("denoise-noisy-psnr");
        denoisedCaption.setId("denoise-output-psnr");
        HBox images = new HBox(20, column(LabText.CLEAN.text(), cleanView, new Label("")), column(LabText.NOISY_INPUT.text(), noisyView, noisyCaption),
                column(LabText.DENOISED.format(MODEL), denoisedView, denoisedCaption));
        FlowPane content = new FlowPane(28, 16, images, drawing);
        content.getStyleClass().add("lab-content");
        setContent(content);
        picker.indexProperty().addListener((obs, old, now) -> {
            useDrawing.setSelected(false);
            update();
        });
        canvas.drawingProperty().addListener((obs, old, now) -> {
            if (canvas.strokeCount() > 0) {
                useDrawing.setSelected(true);
            }
            update();
        });
    }

    private static VBox column(String title, ImageView view, Label caption) {
        return new VBox(8, title(title), DrawPage.frame(view), caption);
    }

    @Override
    Models load() throws IOException {
        ImageSet test = LessonImages.load(ImageDataset.MNIST);
        return new Models(ImageRestorer.openDenoiser(ModelCatalog.defaultRoot().resolve(MODEL)), test);
    }

    @Override
    void shown(Models models) {
        picker.setCount(models.test().count());
        update();
    }

    ImageNoise noise() {
        float level = (float) strength.getValue();
        return kinds.isLeft() ? ImageNoise.gaussian(level) : ImageNoise.saltAndPepper(Math.min(1f, level));
    }

    private void update() {
        ImageNoise noise = noise();
        strengthText.setText(noise.kind() == ImageNoise.Kind.GAUSSIAN ? LabText.NOISE_SIGMA.format(LabText.fixed(noise.strength(), 2))
                : LabText.NOISE_PIXELS.format(LabText.percent(noise.strength(), 0)));
        Models models = resource();
        if (models == null) {
            return;
        }
        Optional<float[]> drawn = useDrawing.isSelected()
                ? DigitPreprocessing.mnistStyle(canvas.drawingProperty().get(), DrawingCanvas.SIDE, DrawingCanvas.SIDE) : Optional.empty();
        float[] clean = drawn.orElseGet(() -> models.test().image(picker.indexProperty().get()));
        run(Lane.POINT, m -> Restoration.denoise(m.denoiser(), clean, noise, NOISE_SEED), this::show);
    }

    private void show(DenoisedDigit shown) {
        result = shown;
        cleanView.setImage(new GrayImage(28, 28, shown.clean()).toFxImage(SCALE));
        noisyView.setImage(new GrayImage(28, 28, shown.noisy()).toFxImage(SCALE));
        denoisedView.setImage(new GrayImage(28, 28, shown.denoised()).toFxImage(SCALE));
        noisyCaption.setText(psnr(shown.noisyPsnr()));
        denoisedCaption.setText(psnr(shown.denoisedPsnr()));
    }

    private static String psnr(double value) {
        return Double.isInfinite(value) ? LabText.PSNR_NO_NOISE.text() : LabText.PSNR.format(LabText.fixed(value, 2));
    }

    DenoisedDigit result() {
        return result;
    }

    Slider strength() {
        return strength;
    }

    DrawingCanvas canvas() {
        return canvas;
    }
}
