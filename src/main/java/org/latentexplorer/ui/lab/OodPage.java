package org.latentexplorer.ui.lab;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.Executor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.lab.Percentiles;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.lessons.LessonImages;
import org.latentexplorer.lessons.OutOfDistribution;
import org.latentexplorer.ui.widgets.GrayImage;
import org.latentexplorer.ui.widgets.TwoWaySwitch;

/**
 * What a model has never seen: MNIST digits and Fashion-MNIST clothes through a VAE trained on one of
 * them, with the reconstructions, their errors, the two error distributions and how well the error
 * alone tells the sets apart (AUROC).
 */
final class OodPage extends LabPage<OodPage.Models> {
    static final String MNIST_MODEL = OutOfDistribution.MNIST_MODEL;
    static final String FASHION_MODEL = OutOfDistribution.FASHION_MODEL;
    private static final int EXAMPLES = 6;
    private static final int SCALE = 3;

    /** Both VAEs, both test sets, and the reports measured on them when the page opened. */
    record Models(LatentSpace mnistVae, LatentSpace fashionVae, ImageSet mnist, ImageSet fashion,
                  OutOfDistribution.Report mnistReport, OutOfDistribution.Report fashionReport) implements AutoCloseable {
        LatentSpace model(boolean mnistModel) {
            return mnistModel ? mnistVae : fashionVae;
        }

        OutOfDistribution.Report report(boolean mnistModel) {
            return mnistModel ? mnistReport : fashionReport;
        }

        ImageSet in(boolean mnistModel) {
            return mnistModel ? mnist : fashion;
        }

        ImageSet out(boolean mnistModel) {
            return mnistModel ? fashion : mnist;
        }

        @Override
        public void close() {
            mnistVae.close();
            fashionVae.close();
        }
    }

    /** Example tiles: inputs with their reconstructions and errors. */
    record Examples(boolean mnistModel, OutOfDistribution.Tiles tiles, boolean[] outOfDistribution) {
        float[][] inputs() {
            return tiles.inputs();
        }

        float[][] reconstructions() {
            return tiles.reconstructions();
        }
    }

    private final TwoWaySwitch direction = new TwoWaySwitch("MNIST VAE", "ood-mnist-model", "Fashion-MNIST VAE", "ood-fashion-model", () -> {
        if (resource() != null) {
            refresh();
        }
    });
    private final HBox inTiles = new HBox(8);
    private final HBox outTiles = new HBox(8);
    private final Label inTitle = title("");
    private final Label outTitle = title("");
    private final ErrorHistogram histogram = new ErrorHistogram(520, 240);
    private final Label figures = new Label();
    private final Random random = new Random(7);
    private Examples examples;

    OodPage(Executor fxThread) {
        super("ood", fxThread);
        setId("ood-page");
        Button shuffle = new Button(LabText.NEW_EXAMPLES.text());
        shuffle.setId("ood-shuffle");
        shuffle.setOnAction(e -> newExamples());
        HBox bar = new HBox(12, new Label(LabText.MODEL.text()), direction, shuffle);
        bar.getStyleClass().add("lab-bar");
        setTop(bar);

        figures.setId("ood-figures");
        figures.getStyleClass().add("lab-figures");
        figures.setWrapText(true);
        figures.setMaxWidth(histogram.getWidth());
        histogram.setId("ood-histogram");
        VBox tiles = new VBox(10, inTitle, inTiles, outTitle, outTiles);
        VBox distribution = new VBox(10, title(LabText.OOD_ERROR_TITLE.text()), histogram, figures);
        distribution.setMaxWidth(histogram.getWidth());
        // side by side on a wide window; on a narrow one the figures come first and the tiles wrap below
        FlowPane content = new FlowPane(24, 16, distribution, tiles);
        content.getStyleClass().add("lab-content");
        setContent(content);
    }

    @Override
    Models load() throws IOException {
        ImageSet mnist = LessonImages.load(ImageDataset.MNIST);
        ImageSet fashion = LessonImages.load(ImageDataset.FASHION_MNIST);
        LatentSpace mnistVae = LatentSpace.open(ModelCatalog.defaultRoot().resolve(MNIST_MODEL));
        try {
            LatentSpace fashionVae = LatentSpace.open(ModelCatalog.defaultRoot().resolve(FASHION_MODEL));
            return new Models(mnistVae, fashionVae, mnist, fashion,
                    OutOfDistribution.measure(mnistVae, "MNIST", mnist, "Fashion-MNIST", fashion),
                    OutOfDistribution.measure(fashionVae, "Fashion-MNIST", fashion, "MNIST", mnist));
        } catch (IOException | RuntimeException e) {
            mnistVae.close();
            throw e;
        }
    }

    @Override
    void shown(Models models) {
        refresh();
    }

    boolean mnistModelShown() {
        return direction.isLeft();
    }

    private void refresh() {
        boolean mnist = mnistModelShown();
        OutOfDistribution.Report report = resource().report(mnist);
        inTitle.setText(LabText.OOD_IN_TITLE.format(report.inName(), report.model()));
        outTitle.setText(LabText.OOD_OUT_TITLE.format(report.outName(), report.model()));
        histogram.show(report.in().mse(), report.out().mse(), report.inName(), report.outName(), "MSE");
        Percentiles in = report.in().mseDistribution();
        Percentiles out = report.out().mseDistribution();
        figures.setText(String.join("\n",
                LabText.OOD_SET_FIGURES.format(report.inName(), LabText.fixed(in.median(), 4), LabText.fixed(in.percentile(95), 4)),
                LabText.OOD_SET_FIGURES.format(report.outName(), LabText.fixed(out.median(), 4), LabText.fixed(out.percentile(95), 4)),
                LabText.OOD_AUROC.format(LabText.fixed(report.mseAuroc(), 3), LabText.fixed(report.bceAuroc(), 3))));
        newExamples();
    }

    private void newExamples() {
        Models models = resource();
        if (models == null) {
            return;
        }
        boolean mnist = mnistModelShown();
        float[][] inputs = new float[2 * EXAMPLES][];
        boolean[] outside = new boolean[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            outside[i] = i >= EXAMPLES;
            ImageSet set = outside[i] ? models.out(mnist) : models.in(mnist);
            inputs[i] = set.image(random.nextInt(set.count()));
        }
        run(Lane.POINT, m -> new Examples(mnist, OutOfDistribution.tiles(m.model(mnist), inputs), outside), this::show);
    }

    private void show(Examples shown) {
        examples = shown;
        inTiles.getChildren().clear();
        outTiles.getChildren().clear();
        for (int i = 0; i < shown.inputs().length; i++) {
            Label error = new Label(LabText.OOD_TILE_MSE.format(LabText.fixed(shown.tiles().mse()[i], 4)));
            error.getStyleClass().add("digit-caption");
            VBox tile = new VBox(2, image(shown.inputs()[i]), image(shown.reconstructions()[i]), error);
            tile.getStyleClass().add("ood-tile");
            (shown.outOfDistribution()[i] ? outTiles : inTiles).getChildren().add(tile);
        }
    }

    private static ImageView image(float[] pixels) {
        ImageView view = new ImageView(new GrayImage(28, 28, pixels).toFxImage(SCALE));
        view.setSmooth(false);
        return view;
    }

    /** The example tiles on show; null before the first. */
    Examples examples() {
        return examples;
    }

    Label figures() {
        return figures;
    }

    void showMnistModel(boolean mnist) {
        direction.select(mnist);
    }
}
