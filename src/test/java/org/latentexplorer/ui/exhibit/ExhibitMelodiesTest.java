package org.latentexplorer.ui.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.TouchEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Synthesizer;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.MelodyVae;
import org.latentexplorer.model.MelodyVaeConfig;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.melodies.MelodyPlayback;

/** The exhibit's Melodies view: the tour goes on without sound (and says so), plays where there is sound, and hands over between views. */
class ExhibitMelodiesTest extends ExhibitFxTest {
    private static final int LATENT = 4;
    /** The hand-over test tours this many times faster. */
    private static final double HURRY = 20;
    @TempDir
    static Path scratch;
    private static Path melodies;
    private static Path digits;

    @BeforeAll
    static void setUp() throws Exception {
        melodies = scratch.resolve("tiny-melody");
        saveTinyMelodyModel(melodies);
        digits = copyModel(ModelCatalog.defaultRoot().resolve("mnist-vae-2d"), scratch.resolve("mnist-vae-2d"));
        registerHeadlessStage();
    }

    /** An untrained melody VAE (latent 4) with a made-up corpus map: 90 points of 3 songs in three blobs. */
    private static void saveTinyMelodyModel(Path directory) throws Exception {
        MelodyVaeConfig config = new MelodyVaeConfig(8, 8, LATENT, Melody.WINDOW_STEPS);
        Random random = new Random(5);
        int count = 90;
        float[] means = new float[count * LATENT];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 3;
            for (int d = 0; d < LATENT; d++) {
                means[i * LATENT + d] = (float) (random.nextGaussian() * 0.3 + (d == labels[i] ? 2 : 0));
            }
        }
        ModelCard card = new ModelCard(ModelCard.FORMAT_VERSION, ModelKind.MELODY, "tiny-melody", "untrained, for tests", null,
                new ModelCard.Dataset("test", 1234, count, List.of("one.mid", "two.mid", "three.mid")), null, null, null, null, config);
        try (MelodyVae vae = MelodyVae.create(config, Device.cpu())) {
            ModelStore.save(directory, vae, card, new LatentMap(means, labels, LATENT), staged -> { });
        }
    }

    /** Java's own synthesizer rendering into a stream nobody reads: sound "is there" without a sound card. */
    private static final MelodyPlayer.SynthesizerSource STREAM_SYNTHESIZER = () -> {
        Synthesizer synthesizer = MidiSystem.getSynthesizer();
        try {
            Method open = synthesizer.getClass().getMethod("openStream", AudioFormat.class, Map.class);
            open.invoke(synthesizer, new AudioFormat(44_100, 16, 2, true, false), null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return synthesizer;
    };

    private MelodiesExhibit melodiesPage(ExhibitShell shell) {
        return (MelodiesExhibit) shell.pages().stream().filter(p -> p.view() == ExhibitView.MELODIES).findFirst().orElseThrow();
    }

    @Test
    void withoutSoundTheTourGoesOnAndSaysSo() throws Exception {
        ExhibitShell shell = open(Language.PL, List.of(ExhibitView.MELODIES), digits, melodies, NO_SOUND_CARD);
        MelodiesExhibit page = melodiesPage(shell);
        waitUntil("the player found no sound", () -> lookup("#exhibit-no-sound").query().isVisible());
        assertEquals(Texts.of(Language.PL).text(ExhibitText.NO_SOUND), onFx(() -> lookup("#exhibit-no-sound").queryLabeled().getText()));
        assertFalse(onFx(() -> lookup("#exhibit-play").query().isVisible()), "no Play button that cannot play");

        pass(IDLE.plusSeconds(1)); // from the start screen, the tour starts after the idle time
        waitForState(shell, IdleWatch.State.ATTRACT);
        assertTrue(onFx(page::captions).contains(onFx(shell::caption)), "a melody caption: " + onFx(shell::caption));
        assertTrue(onFx(page::captions).stream().anyMatch(c -> c.contains(" 1\u00a0234 ")), "the training melodies, counted the Polish way: " + onFx(page::captions));
        Set<String> melodiesSeen = new HashSet<>();
        waitUntil("the tour shows new melodies on the piano roll", () -> {
            if (page.roll().melody() != null) {
                melodiesSeen.add(java.util.Arrays.toString(page.roll().melody().events()));
            }
            return melodiesSeen.size() >= 3;
        });
        assertEquals(MelodyPlayback.Playing.NOTHING, onFx(() -> page.session().playback().playingProperty().get()));
        assertEquals(List.of(), uncaught);
    }

    @Test
    void withSoundTheTourPlaysAndATouchStopsWhatItPlayed() throws Exception {
        ExhibitShell shell = open(Language.EN, List.of(ExhibitView.MELODIES), digits, melodies, STREAM_SYNTHESIZER);
        MelodiesExhibit page = melodiesPage(shell);
        waitUntil("the player has sound", () -> page.session().playback().player() != null
                && page.session().playback().player().available() && lookup("#exhibit-play").query().isVisible());
        pass(IDLE.plusSeconds(1));
        waitForState(shell, IdleWatch.State.ATTRACT);
        waitUntil("the tour plays the melody at the puck, looping", () -> page.session().playback().playingProperty().get() == MelodyPlayback.Playing.POINT);
        assertTrue(onFx(() -> page.session().playback().loopProperty().get()));

        Node pad = page.pad();
        touch(pad, TouchEvent.TOUCH_PRESSED, 200, 200, 1);
        assertEquals(IdleWatch.State.EXPLORING, shell.state());
        assertEquals(MelodyPlayback.Playing.NOTHING, onFx(() -> page.session().playback().playingProperty().get()), "what the tour played stops");
        assertEquals(List.of(), uncaught);
    }

    @Test
    void theTourHandsOverToTheNextViewAfterALapAndTheViewSwitchShowsTheChosenOne() throws Exception {
        ExhibitShell shell = open(Language.NL, List.of(ExhibitView.DIGITS, ExhibitView.MELODIES), digits, melodies, NO_SOUND_CARD);
        assertEquals("Melodieën", onFx(() -> lookup("#exhibit-view-melodies").queryLabeled().getText()));
        Node start = lookup("#exhibit-start").query();
        touch(start, TouchEvent.TOUCH_PRESSED, 100, 100, 1);
        clickOn("#exhibit-view-melodies");
        assertEquals(ExhibitView.MELODIES, onFx(() -> shell.page().view()));
        assertEquals(Texts.of(Language.NL).text(ExhibitText.MELODIES_HINT), onFx(shell::caption));
        clickOn("#exhibit-view-digits");
        assertEquals(ExhibitView.DIGITS, onFx(() -> shell.page().view()));

        interact(() -> shell.attractLoop().hurry(HURRY));
        pass(IDLE.plusSeconds(1));
        waitForState(shell, IdleWatch.State.ATTRACT);
        waitUntil("the tour knows its lap", () -> shell.attractLoop().lapLength() > 0);
        double lapSeconds = onFx(() -> shell.attractLoop().lapLength()
                / (HURRY * AttractLoop.SPEED_PER_HALF_SPAN * shell.page().viewportProperty().get().halfSpan()));
        assertTrue(lapSeconds < 10, "a hurried lap of the digits takes " + lapSeconds + " s");
        Thread.sleep(Math.round(lapSeconds * 500));
        assertEquals(ExhibitView.DIGITS, onFx(() -> shell.page().view()), "half a lap on, still the digits");
        waitUntil("after a lap the tour moves on to the melodies", () -> shell.page().view() == ExhibitView.MELODIES);
        assertTrue(onFx(() -> ((ToggleButton) lookup("#exhibit-view-melodies").query()).isSelected()), "the view switch shows it");
        MelodiesExhibit page = melodiesPage(shell);
        double[] first = onFx(page::puck);
        waitUntil("the tour goes on over the melodies", () -> !java.util.Arrays.equals(first, page.puck()));
        assertEquals(List.of(), uncaught);
    }
}
