package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.LatentPlane;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.ui.digits.Decoded;
import org.latentexplorer.ui.digits.DigitView;
import org.latentexplorer.ui.digits.ManifoldGrid;
import org.latentexplorer.ui.widgets.GrayImage;
import org.latentexplorer.ui.widgets.Scatter;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window on Monocle (headless): drag, sliders, a 20-D model and a broken one. */
class ExplorerAppTest extends ExplorerFxTest {

    @TempDir
    static Path scratch;
    /** A private copy of the 2-D model, so a training run rewriting models/ cannot change it mid-test. */
    private static Path model2d;
    private static LatentSpace reference;

    ExplorerAppTest() {
        super(30_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        model2d = copyModel(ModelCatalog.defaultRoot().resolve("mnist-vae-2d"), scratch.resolve("mnist-vae-2d"));
        reference = LatentSpace.open(model2d);
        registerHeadlessStage();
    }

    @AfterAll
    static void closeReference() {
        if (reference != null) {
            reference.close();
        }
    }

    private void start(Path model) throws Exception {
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(model));
        waitUntil("the model opened and its first digit is shown",
                () -> app.session().exploration().isOpen() && app.digitView().shown() != null);
    }

    // ---- the tests

    @Test
    void draggingThePuckDecodesTheDigitUnderIt() throws Exception {
        start(model2d);
        Point2D centre = onFx(() -> app.pad().screenPointOf(0, 0));
        Point2D first = onFx(() -> app.pad().screenPointOf(-1.5, 1.0));
        Point2D second = onFx(() -> app.pad().screenPointOf(1.8, -0.6));

        moveTo(centre).press(MouseButton.PRIMARY).moveTo(first);
        float[] firstPixels = assertShownDigitIsTheDecodedPoint();
        assertPuckNear(-1.5, 1.0);

        moveTo(second).release(MouseButton.PRIMARY);
        float[] secondPixels = assertShownDigitIsTheDecodedPoint();
        assertPuckNear(1.8, -0.6);

        assertTrue(meanAbsoluteDifference(firstPixels, secondPixels) > 0.02,
                "the digit changes between the two points");
        float[] z = onFx(() -> app.session().exploration().point());
        List<Double> sliderValues = onFx(() -> app.sliders().stream().map(Slider::getValue).toList());
        assertEquals(z[0], sliderValues.get(0), 1e-6, "slider z1 follows the puck");
        assertEquals(z[1], sliderValues.get(1), 1e-6, "slider z2 follows the puck");
    }

    @Test
    void clickingThePadMovesThePuckThere() throws Exception {
        start(model2d);
        clickOn(onFx(() -> app.pad().screenPointOf(0.7, 0.9)), MouseButton.PRIMARY);
        assertShownDigitIsTheDecodedPoint();
        assertPuckNear(0.7, 0.9);
    }

    @Test
    void movingASliderMovesThePuckAndTheDigit() throws Exception {
        start(model2d);
        Slider z1 = onFx(() -> app.sliders().get(0));
        float[] before = onFx(() -> app.session().exploration().point());
        Node thumb = onFx(() -> z1.lookup(".thumb"));

        drag(thumb, MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        float[] after = onFx(() -> app.session().exploration().point());
        double sliderValue = onFx(z1::getValue);
        assertTrue(after[0] > before[0] + 0.3, "dragging the thumb right raised z1: " + before[0] + " -> " + after[0]);
        assertEquals(sliderValue, after[0], 1e-6);
        assertEquals(before[1], after[1], 0, "z2 stays");
        double[] puck = onFx(() -> app.session().exploration().puck());
        assertEquals(after[0], puck[0], 1e-6, "the puck moved with the slider");
        assertShownDigitIsTheDecodedPoint();
        String label = onFx(() -> ((Label) lookup("#value-z1").query()).getText());
        assertEquals(String.format(Locale.ROOT, "%+.2f", after[0]), label);
    }

    @Test
    void aTwentyDimensionalModelShowsAPlaneChoiceAndTwentySliders() throws Exception {
        start(model2d);
        @SuppressWarnings("unchecked")
        ComboBox<ModelCatalog.Entry> picker = lookup("#model-picker").queryAs(ComboBox.class);
        interact(() -> picker.setValue(picker.getItems().stream()
                .filter(e -> e.name().equals("mnist-vae-20d")).findFirst().orElseThrow()));
        waitUntil("the 20-D model opened", () -> app.session().exploration().space().latentSize() == 20
                && app.digitView().shown() != null && app.digitView().shown().z().length == 20);

        assertEquals(20, lookup(".latent-slider").queryAll().size());
        RadioButton principal = lookup("#plane-principal").queryAs(RadioButton.class);
        RadioButton dimensions = lookup("#plane-dimensions").queryAs(RadioButton.class);
        assertTrue(onFx(() -> principal.isVisible() && principal.isSelected()), "principal plane shown by default");
        assertEquals(-1, (int) onFx(() -> app.session().exploration().plane().axisDimension(true)));

        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> across = lookup("#plane-across").queryAs(ChoiceBox.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> up = lookup("#plane-up").queryAs(ChoiceBox.class);
        clickOn(dimensions);
        interact(() -> {
            across.setValue(2);
            up.setValue(5);
        });
        LatentPlane plane = onFx(() -> app.session().exploration().plane());
        assertEquals(2, plane.axisDimension(true));
        assertEquals(5, plane.axisDimension(false));

        Scatter scatter = onFx(() -> app.session().scatterProperty().get());
        double[] puckBefore = onFx(() -> app.session().exploration().puck());
        interact(() -> app.sliders().get(7).setValue(1.5));
        float[] z = onFx(() -> app.session().exploration().point());
        assertEquals(1.5f, z[7], 1e-6);
        assertArrayEquals(puckBefore, onFx(() -> app.session().exploration().puck()), 1e-5,
                "a slider off the plane leaves the puck where it is");
        assertEquals(1.5f, onFx(() -> app.session().exploration().plane()).origin()[7], 1e-6,
                "the plane moved through the new point");
        assertSame(scatter, onFx(() -> app.session().scatterProperty().get()), "the scatter stays");
        waitUntil("the digit at the new point", () -> app.digitView().shown().z()[7] == 1.5f);
    }

    @Test
    void theManifoldTabDecodesAGridOverTheVisibleRegion() throws Exception {
        start(model2d);
        assertEquals(null, onFx(() -> app.session().manifoldProperty().get()), "no grid decoded while the tab is hidden");
        clickOn("Manifold");
        waitUntil("the 20x20 grid", () -> app.session().manifoldProperty().get() != null);
        ManifoldGrid grid = onFx(() -> app.session().manifoldProperty().get());
        assertEquals(20, grid.size());
        assertEquals(20 * 28, grid.image().width());
        assertEquals(onFx(() -> app.session().viewportProperty().get()), grid.view());

        float[][] corners = ManifoldGrid.points(onFx(() -> app.session().exploration().plane()), grid.view(), 20);
        float[] topLeft = reference.decode(corners[0]);
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                assertEquals(topLeft[y * 28 + x], grid.image().at(x, y), 1e-4, "top-left cell pixel " + x + "," + y);
            }
        }

        interact(() -> app.session().viewportProperty().set(grid.view().zoom(2, 0, 0)));
        waitUntil("the grid for the zoomed view",
                () -> app.session().manifoldProperty().get().view().equals(app.session().viewportProperty().get()));
    }

    @Test
    void aBrokenModelDirectoryGivesAClearMessageAndKeepsTheOpenModel() throws Exception {
        start(model2d);
        Path broken = Files.createDirectories(scratch.resolve("garbage-model"));
        Files.writeString(broken.resolve("model.json"), "this is not { json");
        Files.write(broken.resolve("vae-0000.params"), new byte[] {1, 2, 3});

        interact(() -> app.session().open(broken));
        waitUntil("the error dialog", () -> lookup("#open-failure").tryQuery().isPresent());
        DialogPane dialog = lookup("#open-failure").queryAs(DialogPane.class);
        String header = onFx(dialog::getHeaderText);
        String content = onFx(dialog::getContentText);
        assertTrue(header.contains(broken.toString()), header);
        assertTrue(content.contains("model.json") && content.contains("not valid model JSON"), content);
        assertTrue(content.contains("previous model stays open"), content);
        assertFalse(content.contains("Exception") || content.contains("\tat "), "no stack trace: " + content);

        assertEquals(model2d, onFx(() -> app.session().exploration().space().directory()));
        assertTrue(onFx(() -> app.session().messageProperty().get()).startsWith("Could not open garbage-model"));
        interact(() -> ((Stage) dialog.getScene().getWindow()).close());

        interact(() -> app.sliders().get(1).setValue(-1.25));
        assertShownDigitIsTheDecodedPoint();
    }

    // ---- helpers

    /** Waits until the digit on screen is the one at the current point, and checks it against our own decoding. */
    private float[] assertShownDigitIsTheDecodedPoint() throws Exception {
        waitUntil("the digit view caught up with the point",
                () -> app.digitView().shown() != null
                        && Arrays.equals(app.digitView().shown().z(), app.session().exploration().point()));
        Decoded shown = onFx(() -> app.digitView().shown());
        float[] expected = reference.decode(shown.z());
        float[] actual = shown.image().pixels();
        assertEquals(expected.length, actual.length);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(worst < 1e-4, "shown digit differs from decode(z) by " + worst);

        int[] screenGray = onFx(() -> {
            PixelReader reader = app.digitView().image().getPixelReader();
            int[] levels = new int[28 * 28];
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    int argb = reader.getArgb(x * DigitView.SCALE + DigitView.SCALE / 2, y * DigitView.SCALE + DigitView.SCALE / 2);
                    levels[y * 28 + x] = argb & 0xFF;
                }
            }
            return levels;
        });
        for (int i = 0; i < expected.length; i++) {
            assertEquals(GrayImage.gray(expected[i]), screenGray[i], "grey level of pixel " + i + " in the image on screen");
        }
        return actual;
    }

    private void assertPuckNear(double u, double v) throws Exception {
        double[] puck = onFx(() -> app.session().exploration().puck());
        double tolerance = onFx(() -> app.session().viewportProperty().get().halfSpan()) / 100;
        assertEquals(u, puck[0], tolerance, "puck u");
        assertEquals(v, puck[1], tolerance, "puck v");
    }

    private static double meanAbsoluteDifference(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }
}
