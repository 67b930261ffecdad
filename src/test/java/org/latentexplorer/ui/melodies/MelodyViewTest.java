package org.latentexplorer.ui.melodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.input.MouseButton;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.music.MelodyMidi;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.widgets.Scatter;
import org.latentexplorer.ui.widgets.Viewport;
import org.testfx.util.WaitForAsyncUtils;
import org.latentexplorer.latent.SeededDecoding;

/** The Melodies view on Monocle (headless), with an audio source that fails as it does on a machine without a sound card. */
class MelodyViewTest extends MelodyViewFxTest {
    // ---- the tests

    @Test
    void draggingThePuckShowsTheMelodyDecodedUnderIt() throws Exception {
        MelodyView view = start();
        assertEquals(ExplorerApp.Mode.MELODIES, onFx(app::mode));
        Viewport box = onFx(() -> view.session().viewportProperty().get());
        double reach = box.halfSpan() * 0.6;
        double[][] candidates = {{-reach, reach}, {reach, -reach}, {reach, reach}, {-reach, -reach}, {0, reach}, {reach, 0}};
        double[] first = offset(box, candidates[0]);
        Melody firstExpected = reference.decode(onFx(() -> view.session().planeProperty().get().toLatent(first[0], first[1])), 0, null);
        double[] second = null;
        for (int i = 1; i < candidates.length && second == null; i++) {
            double[] uv = offset(box, candidates[i]);
            float[] z = onFx(() -> view.session().planeProperty().get().toLatent(uv[0], uv[1]));
            if (!reference.decode(z, 0, null).equals(firstExpected)) {
                second = uv;
            }
        }
        double[] secondPoint = second != null ? second : offset(box, candidates[1]);

        Point2D centre = onFx(() -> view.pad().screenPointOf(box.centerU(), box.centerV()));
        moveTo(centre).press(MouseButton.PRIMARY).moveTo(onFx(() -> view.pad().screenPointOf(first[0], first[1])));
        Melody atFirst = assertShownMelodyIsTheDecodedPoint(view);
        assertPuckNear(view, first);

        moveTo(onFx(() -> view.pad().screenPointOf(secondPoint[0], secondPoint[1]))).release(MouseButton.PRIMARY);
        Melody atSecond = assertShownMelodyIsTheDecodedPoint(view);
        assertPuckNear(view, secondPoint);

        if (!firstExpected.equals(reference.decode(onFx(() -> view.session().point()), 0, null))) {
            assertNotEquals(atFirst, atSecond, "the piano roll changed between the two points");
        }
        assertEquals(atSecond, onFx(() -> view.pianoRoll().melody()), "the piano roll draws the shown melody");

        // with sampling, each point has its own melody (seeded by the point): dragging back and forth changes the roll
        interact(() -> ((javafx.scene.control.Slider) lookup("#melody-temperature").query()).setValue(1.0));
        waitUntil("the melody drawn at temperature 1",
                () -> view.session().temperatureProperty().get() == 1.0 && view.shown() != null
                        && Arrays.equals(view.shown().z(), view.session().point())
                        && view.shown().melody().equals(SeededDecoding.decode(reference, view.shown().z(), 1.0)));
        Melody sampledSecond = onFx(() -> view.shown().melody());
        drag(onFx(() -> view.pad().screenPointOf(secondPoint[0], secondPoint[1])), MouseButton.PRIMARY)
                .moveTo(onFx(() -> view.pad().screenPointOf(first[0], first[1]))).release(MouseButton.PRIMARY);
        waitUntil("the roll caught up at the first point", () -> view.shown() != null
                && Arrays.equals(view.shown().z(), view.session().point()) && view.pianoRoll().melody() == view.shown().melody());
        Shown sampledFirst = onFx(view::shown);
        assertPuckNear(view, first);
        assertEquals(SeededDecoding.decode(reference, sampledFirst.z(), 1.0), sampledFirst.melody());
        assertTrue(sampledFirst.melody().noteCount() > 0, "a sampled melody has notes: " + sampledFirst.melody());
        assertNotEquals(sampledSecond, sampledFirst.melody(), "the piano roll changed between the two points");
    }

    @Test
    void withoutAnAudioDevicePlaySaysSoOnceAndExportStillWorks() throws Exception {
        MelodyView view = start();
        waitUntil("audio tried to start", () -> view.session().playback().player() != null);
        assertEquals("audio: no sound device", onFx(() -> view.session().playback().audioStateProperty().get()));
        AtomicInteger told = new AtomicInteger();
        interact(() -> view.session().messageProperty().addListener((obs, old, text) -> {
            if (text.equals(MelodyPlayback.noSound())) {
                told.incrementAndGet();
            }
        }));

        clickOn("#melody-play");
        waitUntil("the no-audio message", () -> told.get() == 1);
        clickOn("#melody-play");
        clickOn("#melody-play");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, told.get(), "said once");
        assertEquals(MelodyPlayback.Playing.NOTHING, onFx(() -> view.session().playback().playingProperty().get()));

        interact(() -> view.session().temperatureProperty().set(1.0));
        waitUntil("a sampled melody with notes", () -> view.shown() != null && view.shown().melody().noteCount() > 0
                && view.shown().melody().equals(SeededDecoding.decode(reference, view.shown().z(), 1.0)));
        Melody shown = onFx(() -> view.shown().melody());
        Path midi = scratch.resolve("exported.mid");
        Melody written = onFx(() -> view.exportMelody(midi));
        assertEquals(shown.withBpm(MelodyPlayback.DEFAULT_TEMPO), written);
        assertEquals(asHeard(written), MelodyMidi.read(midi), "the MIDI file reads back as the melody on the roll");

        Path wav = scratch.resolve("exported.wav");
        onFx(() -> view.exportMelody(wav));
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav.toFile())) {
            byte[] bytes = audio.readAllBytes();
            double sum = 0;
            for (int i = 0; i + 1 < bytes.length; i += 2) {
                int sample = (short) ((bytes[i] & 0xff) | (bytes[i + 1] << 8));
                sum += (double) sample * sample;
            }
            double rms = Math.sqrt(sum / (bytes.length / 2.0)) / 32768;
            assertTrue(rms > 0.001, "the WAV is not silence (rms " + rms + ")");
        }
    }

    @Test
    void drawingAPathDecodesNMelodiesJoinedIntoOneTune() throws Exception {
        MelodyView view = start();
        interact(() -> view.session().temperatureProperty().set(1.0));
        clickOn("#draw-path");
        assertTrue(onFx(() -> view.session().paths().drawingPathProperty().get()));
        Viewport box = onFx(() -> view.session().viewportProperty().get());
        double r = box.halfSpan() * 0.6;
        List<double[]> corners = List.of(offset(box, new double[] {-r, -r}), offset(box, new double[] {0, r}),
                offset(box, new double[] {r, 0}), offset(box, new double[] {r, -r}));
        moveTo(onFx(() -> view.pad().screenPointOf(corners.get(0)[0], corners.get(0)[1]))).press(MouseButton.PRIMARY);
        for (double[] uv : corners.subList(1, corners.size())) {
            moveTo(onFx(() -> view.pad().screenPointOf(uv[0], uv[1])));
        }
        release(MouseButton.PRIMARY);

        int n = MelodyPaths.DEFAULT_PATH_POINTS;
        waitUntil("the path's melodies in the strip", () -> view.stripTiles().size() == n);
        Strip strip = onFx(() -> view.session().paths().stripProperty().get());
        assertEquals("Path", strip.title());
        assertEquals(n * Melody.WINDOW_STEPS, strip.tune().length(), "N two-bar melodies joined");
        List<Melody> expected = new ArrayList<>();
        for (Shown tile : strip.tiles()) {
            expected.add(SeededDecoding.decode(reference, tile.z(), 1.0));
        }
        assertEquals(expected, strip.tiles().stream().map(Shown::melody).toList());
        assertEquals(Melody.concat(expected), strip.tune());
        double[] start = onFx(() -> view.session().planeProperty().get().project(strip.tiles().get(0).z()));
        double[] end = onFx(() -> view.session().planeProperty().get().project(strip.tiles().get(n - 1).z()));
        double tolerance = box.halfSpan() / 50;
        assertEquals(corners.get(0)[0], start[0], tolerance, "the first point is where the path starts");
        assertEquals(corners.get(3)[1], end[1], tolerance, "the last point is where it ends");
        assertEquals(n, (int) onFx(() -> lookup(".strip-tile").queryAll().size()));
        float[] puckBefore = onFx(() -> view.session().point());
        assertTrue(Arrays.equals(puckBefore, onFx(() -> view.session().point())), "drawing does not move the puck");

        Path tune = scratch.resolve("path.mid");
        Melody written = onFx(() -> view.session().playback().exportTune(tune));
        assertEquals(asHeard(written), MelodyMidi.read(tune), "the joined tune exports as one MIDI file");
    }

    @Test
    void theDigitsPickerListsNoMelodyModelsAndTheModesSwitch() throws Exception {
        MelodyView view = start();
        clickOn("#mode-digits");
        waitUntil("the digits model opened", () -> app.session().exploration().isOpen());
        @SuppressWarnings("unchecked")
        ComboBox<ModelCatalog.Entry> picker = lookup("#model-picker").queryAs(ComboBox.class);
        assertFalse(onFx(() -> picker.getItems().stream().anyMatch(e -> e.usable() && e.card().kind() == ModelKind.MELODY)),
                "no melody model offered as an image model");
        assertTrue(onFx(() -> picker.getItems().stream().allMatch(e -> !e.usable() || e.card().kind() == ModelKind.IMAGE_VAE)),
                "only image VAEs offered in the Digits view, no autoencoder, classifier or PCA");
        clickOn("#mode-melodies");
        assertEquals(ExplorerApp.Mode.MELODIES, onFx(app::mode));
        assertEquals(view, onFx(app::melodyView));
    }

    @Test
    void aDroppedMidiFileIsDrawnAsAPathOfItsEncodedWindowsAndAPointPlaysOnClick() throws Exception {
        MelodyView view = start();
        int[] events = new int[4 * Melody.STEPS_PER_BAR];
        int[] scale = {60, 62, 64, 65, 67, 69, 71, 72};
        for (int step = 0; step < events.length; step += 2) {
            events[step] = Melody.noteOn(scale[(step / 2) % scale.length] + (step / 16) * 2);
        }
        Path file = scratch.resolve("scale.mid");
        MelodyMidi.write(new Melody(events), 0, file);

        interact(() -> view.session().paths().loadMidiPath(file));
        waitUntil("the file's windows on the pad", () -> view.session().paths().midiPathProperty().get() != null);
        org.latentexplorer.latent.MidiWindows path = onFx(() -> view.session().paths().midiPathProperty().get());
        assertEquals("scale.mid", path.file());
        assertEquals(3, path.windows().size(), "four bars make three two-bar windows sliding by a bar");
        for (int i = 0; i < path.windows().size(); i++) {
            float[] expected = reference.encode(path.windows().get(i));
            for (int d = 0; d < expected.length; d++) {
                assertEquals(expected[d], path.points().get(i)[d], 1e-5, "window " + i + " is drawn at its encoding");
            }
        }
        assertTrue(onFx(() -> view.session().messageProperty().get()).contains("3 windows"));

        double[] uv = onFx(() -> view.session().planeProperty().get().project(path.points().get(1)));
        clickOn(onFx(() -> view.pad().screenPointOf(uv[0], uv[1])), MouseButton.PRIMARY);
        waitUntil("the second window decoded", () -> Arrays.equals(view.session().point(), path.points().get(1))
                && view.shown() != null && Arrays.equals(view.shown().z(), path.points().get(1)));
        assertEquals(reference.decode(path.points().get(1), 0, null), onFx(() -> view.shown().melody()));

        Path broken = scratch.resolve("broken.mid");
        Files.writeString(broken, "not a MIDI file");
        interact(() -> view.session().paths().loadMidiPath(broken));
        waitUntil("the error message", () -> view.session().messageProperty().get().startsWith("Could not read that MIDI file"));
        assertTrue(onFx(() -> view.session().messageProperty().get()).contains("broken.mid"), "the message names the file");
        assertEquals(path, onFx(() -> view.session().paths().midiPathProperty().get()), "the previous path stays");
    }

    @Test
    void cornersBlendFourMelodiesAndACornerCanBePickedFromTheCorpus() throws Exception {
        MelodyView view = start();
        clickOn("#melody-plane-corners");
        waitUntil("the corner plane", () -> view.session().planeProperty().get() instanceof MelodyPlane.Corners
                && view.shown() != null && Arrays.equals(view.shown().z(), view.session().point()));
        MelodyPlane.Corners plane = (MelodyPlane.Corners) onFx(() -> view.session().planeProperty().get());
        assertEquals(MelodyPlane.Corners.VIEW, onFx(() -> view.session().viewportProperty().get()));
        float[] centre = plane.toLatent(0.5, 0.5);
        assertTrue(Arrays.equals(centre, onFx(() -> view.session().point())), "the puck starts in the middle of the four");
        float[][] corners = onFx(() -> view.session().corners().cornersProperty().get());
        float[] a = plane.toLatent(0, 0);
        for (int d = 0; d < a.length; d++) {
            assertEquals(corners[0][d], a[d], 1e-6, "(0,0) is corner 1");
        }

        Scatter dots = onFx(() -> view.session().scatterProperty().get());
        int dot = -1;
        for (int i = 0; i < dots.size() && dot < 0; i++) {
            if (dots.us()[i] > 0.2 && dots.us()[i] < 0.8 && dots.vs()[i] > 0.2 && dots.vs()[i] < 0.8) {
                dot = i;
            }
        }
        assertTrue(dot >= 0, "a corpus melody inside the square");
        double[] at = {dots.us()[dot], dots.vs()[dot]};
        clickOn("#corner-pick-1");
        assertEquals(1, (int) onFx(() -> view.session().corners().cornerToPickProperty().get()));
        clickOn(onFx(() -> view.pad().screenPointOf(at[0], at[1])), MouseButton.PRIMARY);
        waitUntil("corner 2 picked", () -> view.session().corners().cornerToPickProperty().get() == null);
        float[] b = onFx(() -> view.session().corners().cornersProperty().get()[1]);
        float[] means = reference.latentMap().orElseThrow().means();
        int picked = -1;
        for (int i = 0; i < dots.size() && picked < 0; i++) {
            if (Arrays.equals(b, Arrays.copyOfRange(means, i * b.length, (i + 1) * b.length))) {
                picked = i;
            }
        }
        assertTrue(picked >= 0, "corner 2 is one of the corpus encodings");
        double[] pickedUv = {dots.us()[picked], dots.vs()[picked]};
        double pixel = onFx(() -> view.session().viewportProperty().get().halfSpan()) / 100;
        assertTrue(Math.hypot(pickedUv[0] - at[0], pickedUv[1] - at[1]) < 3 * pixel, "the one under the click");
        assertTrue(onFx(() -> view.session().messageProperty().get()).startsWith("Corner 2 is a window of"));
        MelodyPlane after = onFx(() -> view.session().planeProperty().get());
        float[] atB = after.toLatent(1, 0);
        for (int d = 0; d < b.length; d++) {
            assertEquals(b[d], atB[d], 1e-6, "the blend's (1,0) is the new corner 2");
        }
    }

    @Test
    void clickingACorpusDotPlaysThePointTheEvaluationMeasures() throws Exception {
        MelodyView view = start();
        Scatter dots = onFx(() -> view.session().scatterProperty().get());
        Viewport box = onFx(() -> view.session().viewportProperty().get());
        int dot = -1;
        for (int i = 0; i < dots.size() && dot < 0; i++) {
            if (Math.abs(dots.us()[i] - box.centerU()) < box.halfSpan() / 2 && Math.abs(dots.vs()[i] - box.centerV()) < box.halfSpan() / 2) {
                dot = i;
            }
        }
        assertTrue(dot >= 0, "a corpus dot near the middle of the pad");
        double[] at = {dots.us()[dot], dots.vs()[dot]};
        clickOn(onFx(() -> view.pad().screenPointOf(at[0], at[1])), MouseButton.PRIMARY);
        MelodyPlane plane = onFx(() -> view.session().planeProperty().get());
        int count = dots.size();
        // the click lands on a dot (the one under the pointer or a neighbour): the point played is that dot's clickedDot
        waitUntil("the clicked dot's melody", () -> {
            float[] point = view.session().point();
            for (int i = 0; point != null && i < count; i++) {
                if (Arrays.equals(point, plane.clickedDot(reference.corpusPoint(i)))) {
                    return view.shown() != null && Arrays.equals(view.shown().z(), point);
                }
            }
            return false;
        });
        assertEquals(reference.decode(onFx(() -> view.session().point()), 0, null), onFx(() -> view.shown().melody()));
    }

    // ---- helpers

    /** The melody as it sounds: a note-off while nothing sounds is no event (a MIDI file cannot tell them apart). */
    private static Melody asHeard(Melody melody) {
        int[] events = melody.events();
        boolean sounding = false;
        for (int i = 0; i < events.length; i++) {
            if (events[i] == Melody.NOTE_OFF && !sounding) {
                events[i] = Melody.NO_EVENT;
            } else if (events[i] != Melody.NO_EVENT) {
                sounding = Melody.isNoteOn(events[i]);
            }
        }
        return new Melody(events, melody.bpm());
    }

    private static double[] offset(Viewport box, double[] by) {
        return new double[] {box.centerU() + by[0], box.centerV() + by[1]};
    }

    private Melody assertShownMelodyIsTheDecodedPoint(MelodyView view) throws Exception {
        waitUntil("the piano roll caught up with the point",
                () -> view.shown() != null && Arrays.equals(view.shown().z(), view.session().point())
                        && view.pianoRoll().melody() == view.shown().melody());
        Shown shown = onFx(view::shown);
        assertEquals(reference.decode(shown.z(), 0, null), shown.melody(), "the roll shows decode(z) at temperature 0");
        return shown.melody();
    }

    private void assertPuckNear(MelodyView view, double[] uv) throws Exception {
        double[] puck = onFx(() -> view.session().puck());
        double tolerance = onFx(() -> view.session().viewportProperty().get().halfSpan()) / 100;
        assertEquals(uv[0], puck[0], tolerance, "puck u");
        assertEquals(uv[1], puck[1], tolerance, "puck v");
    }
}
