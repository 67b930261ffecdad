package org.latentexplorer.ui.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentexplorer.lab.DigitPreprocessing;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.lessons.MapComparison;
import org.latentexplorer.lessons.Restoration;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.latentexplorer.ui.widgets.Viewport;
import org.testfx.api.FxToolkit;

/** The Lab's pages on Monocle (headless), checked against the same models opened here. */
class LabViewTest extends ExplorerFxTest {
    private static LatentSpace vae2d;

    LabViewTest() {
        super(60_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        vae2d = LatentSpace.open(ModelCatalog.defaultRoot().resolve(DrawPage.MODEL));
        registerHeadlessStage();
    }

    @AfterAll
    static void closeModels() {
        if (vae2d != null) {
            vae2d.close();
        }
    }

    private LabView start(String tabId) throws Exception {
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(null, ExplorerApp.Mode.LAB, org.latentexplorer.music.MelodyPlayer.SynthesizerSource.DEFAULT));
        waitUntil("the lab is shown", () -> app.labView() != null);
        LabView lab = app.labView();
        onFx(() -> {
            lab.tabs().getSelectionModel().select(lab.tabs().getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        return lab;
    }

    @Test
    void drawingAStrokeMovesThePuckToTheDrawingsEncodingAndUndoMovesItBack() throws Exception {
        DrawPage page = start("lab-draw-tab").draw();
        waitUntil("the 2-D model opened", () -> page.resource() != null);
        assertNull(onFx(() -> page.map().puckProperty().get()), "no puck before anything is drawn");

        Bounds canvas = onFx(() -> page.canvas().localToScreen(page.canvas().getBoundsInLocal()));
        Point2D top = new Point2D(canvas.getMinX() + 140, canvas.getMinY() + 50);
        drag(top, MouseButton.PRIMARY).moveTo(new Point2D(canvas.getMinX() + 142, canvas.getMinY() + 150))
                .moveTo(new Point2D(canvas.getMinX() + 140, canvas.getMinY() + 235)).release(MouseButton.PRIMARY);
        waitUntil("the stroke is read", () -> page.reading() != null && page.canvas().strokeCount() == 1
                && page.reading().input() != null);
        float[] ink = onFx(() -> page.canvas().drawingProperty().get());
        float[] expectedInput = DigitPreprocessing.mnistStyle(ink, DrawingCanvas.SIDE, DrawingCanvas.SIDE).orElseThrow();
        waitUntil("the last stroke segment is read", () -> java.util.Arrays.equals(page.reading().input(), expectedInput));
        float[] z = vae2d.encode(expectedInput);
        assertArrayEquals(z, page.reading().z(), 1e-5f, "the puck sits at the encoder's mean of the MNIST-style drawing");
        double[] puck = onFx(() -> page.map().puckProperty().get());
        assertEquals(z[0], puck[0], 1e-5);
        assertEquals(z[1], puck[1], 1e-5);
        assertArrayEquals(vae2d.decode(z), page.reading().reconstruction(), 1e-5f);

        drag(new Point2D(canvas.getMinX() + 60, canvas.getMinY() + 60), MouseButton.PRIMARY)
                .moveTo(new Point2D(canvas.getMinX() + 220, canvas.getMinY() + 60)).release(MouseButton.PRIMARY);
        waitUntil("the second stroke is read", () -> page.canvas().strokeCount() == 2
                && !java.util.Arrays.equals(page.reading().input(), expectedInput));
        assertNotEquals(z[0], (float) onFx(() -> page.map().puckProperty().get())[0], "a bar across the top moves the puck");

        clickOn("#draw-undo");
        waitUntil("undo reads the first stroke again", () -> java.util.Arrays.equals(page.reading().input(), expectedInput));
        assertEquals(z[0], onFx(() -> page.map().puckProperty().get())[0], 1e-5);
        clickOn("#draw-clear");
        waitUntil("clearing empties the page", () -> page.reading() == null && page.map().puckProperty().get() == null);
    }

    @Test
    void outOfDistributionShowsReconstructionsAndTheErrorFigures() throws Exception {
        OodPage page = start("lab-ood-tab").ood();
        waitUntil("both VAEs opened and the examples are reconstructed", () -> page.examples() != null);
        OodPage.Models models = onFx(page::resource);
        assertTrue(models.mnistReport().mseAuroc() > 0.9,
                "the MNIST VAE reconstructs clothes much worse than digits: AUROC " + models.mnistReport().mseAuroc());
        String mnistFigures = onFx(() -> page.figures().getText());
        assertTrue(mnistFigures.contains(String.format(java.util.Locale.ROOT, "%.3f (MSE)", models.mnistReport().mseAuroc())), mnistFigures);
        OodPage.Examples examples = page.examples();
        assertEquals(12, examples.inputs().length);
        for (int i = 0; i < examples.inputs().length; i++) {
            assertArrayEquals(models.mnistVae().decode(models.mnistVae().encode(examples.inputs()[i])), examples.reconstructions()[i], 1e-5f);
        }

        clickOn("#ood-fashion-model");
        waitUntil("the Fashion-MNIST VAE's examples", () -> page.examples() != null && !page.examples().mnistModel());
        String fashionFigures = onFx(() -> page.figures().getText());
        assertNotEquals(mnistFigures, fashionFigures);
        assertTrue(fashionFigures.startsWith("Fashion-MNIST: median MSE"), fashionFigures);
    }

    @Test
    void eachComparisonMapDecodesUnderItsOwnPuckAndShowsItsFigures() throws Exception {
        ComparePage page = start("lab-compare-tab").compare();
        waitUntil("the three maps opened and were measured", () -> page.figures() != null && page.shownDigits() != null);
        for (int m = 0; m < 3; m++) {
            MapPad pad = page.pads().get(m);
            Viewport view = onFx(() -> pad.viewportProperty().get());
            double u = view.centerU() + view.halfSpan() * 0.4;
            double v = view.centerV() - view.halfSpan() * 0.3;
            Point2D target = onFx(() -> pad.screenPointOf(u, v));
            clickOn(target, MouseButton.PRIMARY);
            int index = m;
            double[] puck = onFx(() -> pad.puckProperty().get());
            assertEquals(u, puck[0], view.halfSpan() * 0.02);
            try (org.latentexplorer.latent.ImageMap reference = org.latentexplorer.latent.ImageMaps.open(
                    ModelCatalog.defaultRoot().resolve(MapComparison.SHIPPED.get(m)))) {
                float[] expected = reference.decode(new float[] {(float) puck[0], (float) puck[1]}, 1);
                waitUntil("map " + m + " decodes at its puck", () -> java.util.Arrays.equals(page.shownDigits().get(index), expected)
                        || maxDifference(page.shownDigits().get(index), expected) < 1e-5);
            }
            String label = onFx(() -> lookup("#compare-figures-" + index).queryLabeled().getText());
            assertTrue(label.contains(String.format(java.util.Locale.ROOT, "%.4f", page.figures().get(index).mse())), label);
        }
        clickOn("#compare-holes");
        waitUntil("holes are shaded", () -> page.pads().get(1).shadingProperty().get() != null);
    }

    @Test
    void theNoiseSliderChangesTheNoisyInputAndTheDenoisedOutputFollows() throws Exception {
        DenoisePage page = start("lab-denoise-tab").denoise();
        waitUntil("the denoiser opened", () -> page.result() != null);
        Restoration.DenoisedDigit before = page.result();
        onFx(() -> {
            page.strength().setValue(0.5);
            return null;
        });
        waitUntil("a stronger noise is shown", () -> page.result().noisyPsnr() < before.noisyPsnr() - 3);
        Restoration.DenoisedDigit after = page.result();
        try (org.latentexplorer.latent.ImageRestorer denoiser = org.latentexplorer.latent.ImageRestorer.open(
                ModelCatalog.defaultRoot().resolve(DenoisePage.MODEL), org.latentexplorer.model.AutoencoderConfig.Role.DENOISE)) {
            assertArrayEquals(denoiser.restore(after.noisy(), 1), after.denoised(), 1e-5f);
        }
        assertTrue(after.denoisedPsnr() > after.noisyPsnr(), "the denoiser helps: " + after.noisyPsnr() + " -> " + after.denoisedPsnr());
        onFx(() -> {
            page.canvas().drawStroke(java.util.List.of(new Point2D(140, 40), new Point2D(140, 240)));
            return null;
        });
        waitUntil("the drawing is the clean image", () -> !java.util.Arrays.equals(page.result().clean(), after.clean()));
    }

    @Test
    void superResolutionShowsBicubicAndTheNetworkForBothInputSizes() throws Exception {
        SuperResPage page = start("lab-superres-tab").superRes();
        waitUntil("the networks opened", () -> page.result() != null);
        assertEquals(14, page.result().side());
        clickOn("#superres-7");
        waitUntil("the 7x7 input", () -> page.result().side() == 7);
        Restoration.UpscaledDigit shown = page.result();
        try (org.latentexplorer.latent.ImageRestorer network = org.latentexplorer.latent.ImageRestorer.open(
                ModelCatalog.defaultRoot().resolve(SuperResPage.MODEL_7), org.latentexplorer.model.AutoencoderConfig.Role.SUPERRES)) {
            assertArrayEquals(network.restore(shown.small(), 1), shown.network(), 1e-5f);
        }
        assertEquals(49, shown.small().length);
        clickOn("#superres-next");
        waitUntil("the next test image", () -> !java.util.Arrays.equals(page.result().original(), shown.original()));
    }

    private static double maxDifference(float[] a, float[] b) {
        if (a == null || a.length != b.length) {
            return Double.MAX_VALUE;
        }
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }
}
