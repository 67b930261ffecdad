package org.latentexplorer.ui.lab;

import java.io.IOException;
import java.util.concurrent.Executor;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.ImageRestorer;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.lessons.LessonImages;
import org.latentexplorer.lessons.Restoration;
import org.latentexplorer.lessons.Restoration.UpscaledDigit;
import org.latentexplorer.ui.widgets.GrayImage;
import org.latentexplorer.ui.widgets.TwoWaySwitch;

/**
 * Super-resolution: a test digit shrunk to 14x14 or 7x7, brought back to 28x28 by bicubic upscaling and by
 * the network, beside the original, each with PSNR and SSIM.
 */
final class SuperResPage extends LabPage<SuperResPage.Models> {
    static final String MODEL_14 = Restoration.UPSCALER_14;
    static final String MODEL_7 = Restoration.UPSCALER_7;
    private static final int SCALE = 7;

    record Models(ImageRestorer from14, ImageRestorer from7, ImageSet test) implements AutoCloseable {
        ImageRestorer network(boolean fourteen) {
            return fourteen ? from14 : from7;
        }

        @Override
        public void close() {
            from14.close();
            from7.close();
        }
    }

    private final TestImagePicker picker = new TestImagePicker("superres");
    private final TwoWaySwitch sizes = new TwoWaySwitch("14x14", "superres-14", "7x7", "superres-7", this::update);
    private final ImageView smallView = DrawPage.digitView("superres-input");
    private final ImageView bicubicView = DrawPage.digitView("superres-bicubic");
    private final ImageView networkView = DrawPage.digitView("superres-network");
    private final ImageView originalView = DrawPage.digitView("superres-original");
    private final Label bicubicCaption = new Label();
    private final Label networkCaption = new Label();
    private final Label networkTitle = title(LabText.NETWORK.text());
    private UpscaledDigit result;

    SuperResPage(Executor fxThread) {
        super("superres", fxThread);
        setId("superres-page");
        for (ImageView view : new ImageView[] {smallView, bicubicView, networkView, originalView}) {
            view.setFitWidth(28 * SCALE);
            view.setFitHeight(28 * SCALE);
        }
        HBox bar = new HBox(12, picker, new Label(LabText.LOW_RES_SIZE.text()), sizes);
        bar.getStyleClass().add("lab-bar");
        setTop(bar);
        bicubicCaption.getStyleClass().add("digit-caption");
        networkCaption.getStyleClass().add("digit-caption");
        bicubicCaption.setId("superres-bicubic-figures");
        networkCaption.setId("superres-network-figures");
        HBox images = new HBox(18, column(title(LabText.LOW_RES_INPUT.text()), smallView, new Label("")),
                column(title(LabText.BICUBIC.text()), bicubicView, bicubicCaption), column(networkTitle, networkView, networkCaption),
                column(title(LabText.ORIGINAL.text()), originalView, new Label("")));
        images.getStyleClass().add("lab-content");
        setContent(images);
        picker.indexProperty().addListener((obs, old, now) -> update());
    }

    private static VBox column(Label title, ImageView view, Label caption) {
        return new VBox(8, title, DrawPage.frame(view), caption);
    }

    @Override
    Models load() throws IOException {
        ImageSet test = LessonImages.load(ImageDataset.MNIST);
        ImageRestorer from14 = ImageRestorer.openUpscaler(ModelCatalog.defaultRoot().resolve(MODEL_14));
        try {
            return new Models(from14, ImageRestorer.openUpscaler(ModelCatalog.defaultRoot().resolve(MODEL_7)), test);
        } catch (IOException | RuntimeException e) {
            from14.close();
            throw e;
        }
    }

    @Override
    void shown(Models models) {
        picker.setCount(models.test().count());
        update();
    }

    private void update() {
        Models models = resource();
        if (models == null) {
            return;
        }
        boolean from14 = sizes.isLeft();
        float[] original = models.test().image(picker.indexProperty().get());
        run(Lane.POINT, m -> Restoration.upscale(m.network(from14), original), this::show);
    }

    private void show(UpscaledDigit shown) {
        result = shown;
        int scale = 28 * SCALE / shown.side();
        smallView.setImage(new GrayImage(shown.side(), shown.side(), shown.small()).toFxImage(scale));
        bicubicView.setImage(new GrayImage(28, 28, shown.bicubic()).toFxImage(SCALE));
        networkView.setImage(new GrayImage(28, 28, shown.network()).toFxImage(SCALE));
        originalView.setImage(new GrayImage(28, 28, shown.original()).toFxImage(SCALE));
        bicubicCaption.setText(figures(shown.bicubicQuality()));
        networkCaption.setText(figures(shown.networkQuality()));
        networkTitle.setText(LabText.NETWORK_MODEL.format(shown.side() == 14 ? MODEL_14 : MODEL_7));
    }

    private static String figures(Restoration.Quality quality) {
        return LabText.PSNR_SSIM.format(LabText.fixed(quality.psnr(), 2), LabText.fixed(quality.ssim(), 3));
    }

    UpscaledDigit result() {
        return result;
    }
}
