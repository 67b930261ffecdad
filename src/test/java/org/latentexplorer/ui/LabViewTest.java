package org.latentexplorer.ui;

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
}
