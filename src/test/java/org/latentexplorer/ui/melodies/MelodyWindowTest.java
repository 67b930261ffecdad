package org.latentexplorer.ui.melodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.sound.midi.MidiUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.MelodyVae;
import org.latentexplorer.model.MelodyVaeConfig;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.latentexplorer.ui.Reach;
import org.latentexplorer.ui.widgets.ModelChoices;
import org.latentexplorer.ui.widgets.Viewport;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.latentexplorer.latent.SeededDecoding;

/**
 * The Melodies view as a user meets it in a real window: switching models, the smallest screen, the
 * keyboard, the path tool, the pad's labels, re-decoding on every change, and plain words.
 */
class MelodyWindowTest extends ExplorerFxTest {
    private static final MelodyPlayer.SynthesizerSource NO_SOUND_CARD = () -> {
        throw new MidiUnavailableException("Can not open line");
    };
    private static final int TINY_LATENT = 4;
    private static final String NO_SOUND = "No sound device found: playback is off; export still works";

    @TempDir
    static Path scratch;
    private static Path models;
    private static Path shipped;
    private static Path tiny;
    private static MelodySpace reference;
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private Thread.UncaughtExceptionHandler previousHandler;

    MelodyWindowTest() {
        super(60_000);
    }

    @BeforeAll
    static void setUp() throws Exception {
        models = Files.createDirectories(scratch.resolve("models"));
        shipped = copyModel(ModelCatalog.defaultRoot().resolve("melody-vae"), models.resolve("melody-vae"));
        tiny = models.resolve("tiny-melody");
        saveTinyMelodyModel(tiny);
        reference = MelodySpace.open(shipped);
        registerHeadlessStage();
    }

    @AfterAll
    static void closeReference() {
        if (reference != null) {
            reference.close();
        }
    }

    /** An untrained melody VAE with a latent of {@value #TINY_LATENT} and a made-up corpus map of 60 points from 3 songs. */
    private static void saveTinyMelodyModel(Path directory) throws Exception {
        MelodyVaeConfig config = new MelodyVaeConfig(8, 8, TINY_LATENT, Melody.WINDOW_STEPS);
        Random random = new Random(3);
        int count = 60;
        float[] means = new float[count * TINY_LATENT];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 3;
            for (int d = 0; d < TINY_LATENT; d++) {
                means[i * TINY_LATENT + d] = (float) random.nextGaussian();
            }
        }
        ModelCard card = new ModelCard(ModelCard.FORMAT_VERSION, ModelKind.MELODY, "tiny-melody", "untrained, for tests", null,
                new ModelCard.Dataset("test", count, count, List.of("one.mid", "two.mid", "three.mid")), null, null, null, null, config);
        try (MelodyVae vae = MelodyVae.create(config, Device.cpu())) {
            ModelStore.save(directory, vae, card, new LatentMap(means, labels, TINY_LATENT), staged -> { });
        }
    }

    private MelodyView start() throws Exception {
        String before = System.getProperty("latent.models");
        System.setProperty("latent.models", models.toString());
        try {
            app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(shipped, ExplorerApp.Mode.MELODIES, NO_SOUND_CARD));
            waitUntil("the melody model opened and its first melody is shown",
                    () -> app.melodyView() != null && app.melodyView().session().space() != null && app.melodyView().shown() != null);
        } finally {
            if (before == null) {
                System.clearProperty("latent.models");
            } else {
                System.setProperty("latent.models", before);
            }
        }
        onFx(() -> {
            previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
            return null;
        });
        return app.melodyView();
    }

    @AfterEach
    void restoreHandler() throws Exception {
        if (previousHandler != null) {
            onFx(() -> {
                Thread.currentThread().setUncaughtExceptionHandler(previousHandler);
                return null;
            });
        }
    }

    private void assertNothingThrown() {
        assertTrue(uncaught.isEmpty(), "exceptions on the FX thread: " + uncaught);
    }

    // ---- model switching

    @Test
    void switchingBetweenMelodyModelsBothWaysShowsOnlyTheNewModel() throws Exception {
        MelodyView view = start();
        @SuppressWarnings("unchecked")
        ComboBox<ModelCatalog.Entry> picker = lookup("#melody-model-picker").queryAs(ComboBox.class);
        List<ModelCatalog.Entry> entries = onFx(() -> List.copyOf(picker.getItems()));
        assertEquals(2, entries.stream().filter(ModelCatalog.Entry::usable).count(), "both melody models offered: " + entries);
        // every model to every other, in both planes, and back
        for (String plane : List.of("#melody-plane-principal", "#melody-plane-corners")) {
            clickOn(plane);
            for (Path to : List.of(tiny, shipped, tiny, shipped)) {
                ModelCatalog.Entry entry = entries.stream().filter(e -> ModelChoices.sameDirectory(e.directory(), to)).findFirst().orElseThrow();
                onFx(() -> {
                    picker.setValue(entry);
                    return null;
                });
                int latent = to == tiny ? TINY_LATENT : reference.latentSize();
                waitUntil("switched to " + to.getFileName(), () -> view.session().space() != null
                        && ModelChoices.sameDirectory(view.session().space().directory(), to)
                        && !view.session().openingProperty().get() && view.shown() != null
                        && Arrays.equals(view.shown().z(), view.session().point()));
                WaitForAsyncUtils.waitForFxEvents();
                assertNothingThrown();
                MelodySpace space = onFx(() -> view.session().space());
                assertEquals(latent, onFx(() -> view.session().point()).length, "the puck is a point of the new model");
                assertEquals(latent, onFx(() -> view.session().planeProperty().get().toLatent(0, 0)).length, "the plane is the new model's");
                assertEquals(space.latentMap().orElseThrow().count(), (int) onFx(() -> view.session().scatterProperty().get().size()),
                        "exactly the new model's dots");
                assertEquals(latent, onFx(() -> view.session().corners().cornersProperty().get()[0]).length, "corners of the new model");
                assertEquals(space.directory().getFileName() + "  ·  latent " + latent,
                        onFx(() -> lookup("#melody-status-model").queryLabeled().getText()));
                assertEquals(to, onFx(() -> picker.getValue().directory()));
            }
        }
        // a pinned point and a strip of the old model must not follow into the new one
        interact(() -> view.session().paths().pinA());
        interact(() -> view.session().paths().pinB());
        interact(() -> view.session().paths().interpolate());
        waitUntil("the strip", () -> !view.stripTiles().isEmpty());
        ModelCatalog.Entry small = entries.stream().filter(e -> ModelChoices.sameDirectory(e.directory(), tiny)).findFirst().orElseThrow();
        onFx(() -> {
            picker.setValue(small);
            return null;
        });
        waitUntil("switched to the tiny model", () -> view.session().space() != null && view.session().space().latentSize() == TINY_LATENT
                && view.shown() != null && view.shown().z().length == TINY_LATENT);
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingThrown();
        assertTrue(onFx(() -> view.stripTiles().isEmpty() && view.session().paths().pinAProperty().get() == null));
    }

    // ---- 1024 x 600

    @Test
    void atTenTwentyFourBySixHundredEveryControlCanBeReached() throws Exception {
        MelodyView view = start();
        resize(view, 1024, 600);
        for (String id : List.of("#melody-pad", "#piano-roll", "#melody-play", "#melody-export", "#melody-temperature", "#melody-tempo",
                "#corner-midi-3", "#play-strip", "#melody-status-message", "#melody-status-audio", "#draw-path", "#melody-sample", "#melody-record", "#shape-density", "#make-variations",
                "#melody-model-picker", "#melody-open-model", "#melody-pin-a", "#melody-pin-b", "#melody-interpolate", "#strip-tiles",
                "#melody-variations")) {
            String problem = onFx(() -> Reach.problem(lookup(id).query(), view.getScene()));
            assertEquals(null, problem, id + " at 1024x600");
        }
        Node strip = onFx(() -> lookup(".interpolation-strip").query());
        assertEquals(null, onFx(() -> Reach.problem(strip, view.getScene())), "the strip at 1024x600");
        Bounds pad = onFx(() -> view.pad().getLayoutBounds());
        assertTrue(pad.getWidth() >= 240 && pad.getHeight() >= 240, "the pad keeps a usable size: " + pad);
        resize(view, 1600, 1000);
        Bounds bigPad = onFx(() -> view.pad().getLayoutBounds());
        assertTrue(bigPad.getHeight() > pad.getHeight() + 200, "the pad takes the room a larger window gives: " + pad + " -> " + bigPad);
    }

    private void resize(MelodyView view, double width, double height) throws Exception {
        onFx(() -> {
            Stage stage = (Stage) view.getScene().getWindow();
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil("the window is " + width + "x" + height, () -> view.getScene().getWidth() == width && view.getScene().getHeight() == height);
        onFx(() -> {
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- keyboard

    @Test
    void sSamplesAMelodyAndArrowsNudgeThePuckOnTheFocusedPad() throws Exception {
        MelodyView view = start();
        Viewport box = onFx(() -> view.session().viewportProperty().get());
        clickOn(onFx(() -> view.pad().screenPointOf(box.centerU(), box.centerV())), MouseButton.PRIMARY);
        waitUntil("the pad has the focus", () -> view.pad().isFocused());
        double[] before = onFx(() -> view.session().puck());
        type(KeyCode.RIGHT);
        double[] right = onFx(() -> view.session().puck());
        assertTrue(right[0] > before[0] + box.halfSpan() / 200, "right moves the puck right: " + before[0] + " -> " + right[0]);
        assertEquals(before[1], right[1], box.halfSpan() / 1000);
        type(KeyCode.UP);
        double[] up = onFx(() -> view.session().puck());
        assertTrue(up[1] > right[1] + box.halfSpan() / 200, "up moves the puck up");
        assertTrue(onFx(() -> view.pad().isFocused()), "the arrows stay on the pad");
        waitUntil("the melody under the nudged puck", () -> view.shown() != null && Arrays.equals(view.shown().z(), view.session().point()));

        float[] beforeSample = onFx(() -> view.session().point());
        type(KeyCode.S);
        waitUntil("S samples a new melody", () -> !Arrays.equals(view.session().point(), beforeSample)
                && view.shown() != null && Arrays.equals(view.shown().z(), view.session().point()));
        assertNothingThrown();
    }

    // ---- draw path

    @Test
    void drawingAPathIsOneGestureAndClearPathOrEscapeRemovesIt() throws Exception {
        MelodyView view = start();
        clickOn("#draw-path");
        drawPath(view);
        waitUntil("the path's melodies in the strip", () -> view.stripTiles().size() == MelodyPaths.DEFAULT_PATH_POINTS);
        assertFalse(onFx(() -> view.session().paths().drawingPathProperty().get()), "drawing a path turns the tool off");
        assertFalse(onFx(() -> view.session().paths().drawnPathProperty().get().isEmpty()), "the path stays on the pad");
        float[] before = onFx(() -> view.session().point());
        Viewport box = onFx(() -> view.session().viewportProperty().get());
        double[] elsewhere = {box.centerU() + box.halfSpan() * 0.3, box.centerV() + box.halfSpan() * 0.3};
        clickOn(onFx(() -> view.pad().screenPointOf(elsewhere[0], elsewhere[1])), MouseButton.PRIMARY);
        waitUntil("the next drag moves the puck again", () -> !Arrays.equals(before, view.session().point()));

        clickOn("#clear-path");
        assertTrue(onFx(() -> view.session().paths().drawnPathProperty().get().isEmpty()), "Clear path removes the scribble");
        assertTrue(onFx(() -> view.stripTiles().isEmpty()), "and its melodies");

        clickOn("#draw-path");
        drawPath(view);
        waitUntil("the second path", () -> view.stripTiles().size() == MelodyPaths.DEFAULT_PATH_POINTS);
        type(KeyCode.ESCAPE);
        assertTrue(onFx(() -> view.session().paths().drawnPathProperty().get().isEmpty()), "Esc removes the scribble");

        clickOn("#draw-path");
        type(KeyCode.ESCAPE);
        assertFalse(onFx(() -> view.session().paths().drawingPathProperty().get()), "Esc puts the armed tool away");
        assertNothingThrown();
    }

    private void drawPath(MelodyView view) throws Exception {
        Viewport box = onFx(() -> view.session().viewportProperty().get());
        double r = box.halfSpan() * 0.5;
        moveTo(onFx(() -> view.pad().screenPointOf(box.centerU() - r, box.centerV() - r))).press(MouseButton.PRIMARY);
        moveTo(onFx(() -> view.pad().screenPointOf(box.centerU(), box.centerV() + r)));
        moveTo(onFx(() -> view.pad().screenPointOf(box.centerU() + r, box.centerV()))).release(MouseButton.PRIMARY);
    }

    // ---- labels on the corner plane

    @Test
    void cornerNamesAreNotThePinNames() throws Exception {
        start();
        clickOn("#melody-plane-corners");
        List<String> cornerLabels = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            cornerLabels.add(MelodyCorners.cornerName(c));
        }
        assertFalse(cornerLabels.contains("A") || cornerLabels.contains("B"), "pins are A and B; corners: " + cornerLabels);
        List<String> rowNames = onFx(() -> lookup(".corner-controls .summary-key").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
        assertEquals(cornerLabels.stream().map(n -> "Corner " + n).toList(), rowNames, "the side panel uses the pad's names");
    }

    // ---- re-decoding at once

    @Test
    void draggingTheTemperatureOrChangingACornerReDecodesWithoutMovingThePuck() throws Exception {
        MelodyView view = start();
        Slider temperature = lookup("#melody-temperature").queryAs(Slider.class);
        float[] z = onFx(() -> view.session().point());
        Node thumb = onFx(() -> temperature.lookup(".thumb"));
        Bounds at = onFx(() -> thumb.localToScreen(thumb.getBoundsInLocal()));
        Bounds track = onFx(() -> temperature.localToScreen(temperature.getBoundsInLocal()));
        moveTo(new Point2D(at.getCenterX(), at.getCenterY())).press(MouseButton.PRIMARY)
                .moveTo(new Point2D(track.getMinX() + track.getWidth() * 0.7, at.getCenterY()));
        try {
            waitUntil("the melody at the dragged temperature, mouse still down", () -> temperature.isValueChanging()
                    && view.session().temperatureProperty().get() > 0.5 && view.shown() != null
                    && view.shown().melody().equals(SeededDecoding.decode(reference, z, view.session().temperatureProperty().get())));
        } finally {
            release(MouseButton.PRIMARY);
        }
        assertTrue(Arrays.equals(z, onFx(() -> view.session().point())), "the puck did not move");

        clickOn("#melody-plane-corners");
        waitUntil("the corner plane", () -> view.session().planeProperty().get() instanceof MelodyPlane.Corners
                && view.shown() != null && Arrays.equals(view.shown().z(), view.session().point()));
        double[] puck = onFx(() -> view.session().puck());
        clickOn("#corner-sample-0");
        waitUntil("the melody of the new blend under the same spot", () -> {
            float[] now = view.session().planeProperty().get().toLatent(puck[0], puck[1]);
            return Arrays.equals(now, view.session().point()) && view.shown() != null && Arrays.equals(view.shown().z(), now);
        });
        double[] after = onFx(() -> view.session().puck());
        assertEquals(puck[0], after[0], 1e-4, "the puck stays where it was on the pad");
        assertEquals(puck[1], after[1], 1e-4);
    }

    // ---- plain words

    @Test
    void withoutASoundDeviceTheWindowSaysSoInPlainWordsAndMessagesClear() throws Exception {
        MelodyView view = start();
        waitUntil("audio tried to start", () -> view.session().playback().player() != null);
        clickOn("#melody-play");
        waitUntil("the no-sound message", () -> view.session().messageProperty().get().equals(NO_SOUND));
        List<String> texts = onFx(() -> lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .filter(t -> t != null).toList());
        assertFalse(texts.stream().anyMatch(t -> t.contains("Can not open line")), "no raw device text: " + texts);
        waitUntil("the message clears by itself", () -> view.session().messageProperty().get().isEmpty());
    }

    @Test
    void exportedFilesAreReadableByOthers() throws Exception {
        MelodyView view = start();
        Path file = scratch.resolve("readable.mid");
        onFx(() -> view.exportMelody(file));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertNotNull(Files.readAllBytes(file));
    }
}
