package org.latentexplorer.ui.melodies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.music.MelodyPattern;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.music.MidiPorts;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.latentexplorer.ui.Reach;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tune typed or played in, and MIDI out, in the Melodies view on Monocle: no sound card (the built-in
 * synthesizer fails as it does here), and MIDI devices of the test's own that record what they get.
 */
class MelodyMidiInOutTest extends ExplorerFxTest {
    private static final MelodyPlayer.SynthesizerSource NO_SOUND_CARD = () -> {
        throw new MidiUnavailableException("Can not open line");
    };

    @TempDir
    static Path scratch;
    private static Path model;
    private static MelodySpace reference;

    MelodyMidiInOutTest() {
        super(60_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        model = copyModel(ModelCatalog.defaultRoot().resolve("melody-vae"), scratch.resolve("melody-vae"));
        reference = MelodySpace.open(model);
        registerHeadlessStage();
    }

    @AfterAll
    static void closeReference() {
        if (reference != null) {
            reference.close();
        }
    }

    /** A MIDI output that keeps every short message it is sent. */
    private static final class RecordingOutput implements MidiPorts.Output, Receiver {
        final String name;
        final List<ShortMessage> got = Collections.synchronizedList(new ArrayList<>());
        volatile int closed;

        RecordingOutput(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Receiver open() {
            return this;
        }

        @Override
        public void send(MidiMessage message, long timeStamp) {
            got.add((ShortMessage) message);
        }

        @Override
        public void close() {
            closed++;
        }

        List<ShortMessage> messages() {
            synchronized (got) {
                return List.copyOf(got);
            }
        }

        long noteOns() {
            return messages().stream().filter(m -> m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0).count();
        }
    }

    /** A keyboard: the test plays on it by sending into the receiver the window connected. */
    private static final class FakeKeyboard implements MidiPorts.Input {
        final AtomicReference<Receiver> into = new AtomicReference<>();
        volatile int closed;

        @Override
        public String name() {
            return "Test Keystation";
        }

        @Override
        public void open(Receiver receiver) {
            into.set(receiver);
        }

        @Override
        public void close() {
            closed++;
        }

        void key(int command, int pitch) throws Exception {
            into.get().send(new ShortMessage(command, 0, pitch, command == ShortMessage.NOTE_ON ? 100 : 0), -1);
        }
    }

    private static MidiPorts.Catalog catalog(List<MidiPorts.Output> outputs, List<MidiPorts.Input> inputs) {
        return new MidiPorts.Catalog() {
            @Override
            public List<MidiPorts.Output> outputs() {
                return outputs;
            }

            @Override
            public List<MidiPorts.Input> inputs() {
                return inputs;
            }
        };
    }

    private MelodyView start(MidiPorts.Catalog devices) throws Exception {
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(model, ExplorerApp.Mode.MELODIES, NO_SOUND_CARD));
        waitUntil("the melody model opened and its first melody is shown",
                () -> app.melodyView() != null && app.melodyView().session().space() != null && app.melodyView().shown() != null
                        && app.melodyView().session().playback().player() != null);
        MelodyView view = app.melodyView();
        interact(() -> view.session().playback().outputs().setCatalog(devices));
        return view;
    }

    /** Scrolls the side panel so that {@code id} is on screen, and gives the node. */
    private <T extends Node> T shown(String id) throws Exception {
        T node = onFx(() -> lookup(id).query());
        interact(() -> {
            ScrollPane side = (ScrollPane) lookup(".side-scroller").query();
            Node content = side.getContent();
            Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getLayoutBounds().getHeight() - side.getViewportBounds().getHeight();
            side.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (at.getMinY() - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private void clickShown(String id) throws Exception {
        Node node = shown(id);
        clickOn(node);
    }

    private void type(String text) throws Exception {
        TextField field = shown("#tune-text");
        clickOn(field);
        interact(() -> field.setText(text));
        clickShown("#tune-use");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(String device) throws Exception {
        clickShown("#midi-out-device");
        clickOn(device);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- the tests

    @Test
    void aTypedTuneMovesThePuckToItsEncodingAndPlaysIt() throws Exception {
        RecordingOutput synth = new RecordingOutput("Test Synth");
        MelodyView view = start(catalog(List.of(synth), List.of()));
        choose("Test Synth");
        String tune = "E5q D5q C5q D5q E5q E5q E5h D5q D5q D5h";

        type(tune);
        Melody typed = TuneIn.fitted(MelodyPattern.fromMusicString(tune), reference.steps());
        float[] expected = reference.encode(typed);
        waitUntil("the puck is at the tune's encoding and its melody is shown", () -> view.shown() != null
                && java.util.Arrays.equals(view.shown().z(), view.session().point()) && close(view.session().point(), expected));
        assertEquals("", onFx(() -> ((Label) lookup("#tune-problem").query()).getText()));
        waitUntil("it plays on the chosen output", () -> synth.noteOns() >= 2);
        assertEquals(MelodyPlayback.Playing.POINT, onFx(() -> view.session().playback().playingProperty().get()));
        Melody shown = onFx(() -> view.shown().melody());
        assertEquals(Melody.pitchOf(shown.event(0)), synth.messages().stream()
                .filter(m -> m.getCommand() == ShortMessage.NOTE_ON).findFirst().orElseThrow().getData1(), "the first note played is the roll's");
        assertEquals(64, Melody.pitchOf(shown.event(0)), "the model gives back the tune's first note, E");
    }

    private static boolean close(float[] a, float[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-4) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aTuneThatCannotBeReadIsOneLineUnderTheFieldAndThePuckStays() throws Exception {
        MelodyView view = start(catalog(List.of(), List.of()));
        float[] before = onFx(() -> view.session().point());

        type("C5q [120]q");
        Label problem = onFx(() -> lookup("#tune-problem").query());
        String said = onFx(problem::getText);
        assertTrue(said.startsWith("Cannot read that tune: ") && said.contains("120") && said.contains("21 (A1) to 108"), said);
        assertFalse(said.contains("\n") || said.contains("Exception") || said.contains("at org."), "one plain line: " + said);
        assertTrue(onFx(problem::isVisible));
        assertEquals(null, onFx(() -> Reach.problem(problem, view.getScene())), "the line is on screen under the field");
        Thread.sleep(300);
        assertArrayEquals(before, onFx(() -> view.session().point()), "the puck did not move");

        type("   ");
        assertEquals("Type a tune first, e.g. " + TuneIn.EXAMPLE, onFx(problem::getText));
        interact(() -> ((TextField) lookup("#tune-text").query()).setText("C5q"));
        assertFalse(onFx(problem::isVisible), "editing the tune clears the line");
    }

    @Test
    void switchingTheMidiOutputReleasesEveryNoteAndTheNewDeviceGetsTheInstrument() throws Exception {
        RecordingOutput first = new RecordingOutput("Test Synth");
        RecordingOutput second = new RecordingOutput("VirMIDI [hw:1,0,0]");
        MelodyView view = start(catalog(List.of(first, second), List.of()));
        choose("Test Synth");
        assertEquals("MIDI out: Test Synth · channel 1", onFx(() -> lookup("#melody-status-audio").queryLabeled().getText()));
        interact(() -> view.session().playback().programProperty().set(73));

        clickShown("#melody-play");
        waitUntil("the loop plays on the first device", () -> first.noteOns() >= 2);
        choose("VirMIDI [hw:1,0,0]");
        waitUntil("the loop goes on on the second device", () -> second.noteOns() >= 2);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> channels = lookup("#midi-out-channel").queryAs(ComboBox.class);
        interact(() -> channels.setValue(4));
        int beforeChannelChange = second.messages().size();
        waitUntil("notes on channel 4", () -> second.messages().stream().skip(beforeChannelChange)
                .anyMatch(m -> m.getCommand() == ShortMessage.NOTE_ON && m.getChannel() == 3));
        clickShown("#melody-play");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);

        assertReleased(first.messages(), 0, "the first device");
        assertEquals(1, first.closed, "the first device is closed");
        List<ShortMessage> got = second.messages();
        assertEquals(ShortMessage.PROGRAM_CHANGE, got.get(0).getCommand(), "the new device hears the instrument first: " + got.get(0));
        assertEquals(73, got.get(0).getData1());
        assertReleased(got, 0, "channel 1 of the second device");
        assertReleased(got, 3, "channel 4 of the second device");
        assertEquals("MIDI out: VirMIDI [hw:1,0,0] · channel 4", onFx(() -> lookup("#melody-status-audio").queryLabeled().getText()));

        choose(MidiPorts.BUILT_IN_NAME);
        assertEquals("audio: no sound device", onFx(() -> lookup("#melody-status-audio").queryLabeled().getText()));
    }

    /** On {@code channel}: as many note-offs as note-ons, pitch by pitch, and All Notes Off after the last note-on. */
    private static void assertReleased(List<ShortMessage> messages, int channel, String where) {
        int[] balance = new int[128];
        int lastOn = -1;
        int lastAllOff = -1;
        for (int i = 0; i < messages.size(); i++) {
            ShortMessage m = messages.get(i);
            if (m.getChannel() != channel) {
                continue;
            }
            if (m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0) {
                balance[m.getData1()]++;
                lastOn = i;
            } else if (m.getCommand() == ShortMessage.NOTE_OFF) {
                balance[m.getData1()]--;
            } else if (m.getCommand() == ShortMessage.CONTROL_CHANGE && m.getData1() == 123) {
                lastAllOff = i;
            }
        }
        assertTrue(lastOn >= 0, where + " heard notes");
        for (int pitch = 0; pitch < 128; pitch++) {
            assertEquals(0, balance[pitch], where + ": note-ons and note-offs of pitch " + pitch);
        }
        assertTrue(lastAllOff > lastOn, where + ": All Notes Off after the last note-on");
    }

    @Test
    void withoutAMidiInputPlayInIsOffAndSaysWhy() throws Exception {
        MelodyView view = start(catalog(List.of(), List.of()));
        clickShown("#tune-keyboard");
        WaitForAsyncUtils.waitForFxEvents();
        Button playIn = onFx(() -> lookup("#tune-play-in").query());
        assertTrue(onFx(playIn::isDisabled));
        assertEquals(TuneIn.noInput(), onFx(() -> playIn.getTooltip().getText()));
        assertTrue(TuneIn.noInput().startsWith("No MIDI input device was found"));
        clickShown("#tune-keyboard"); // closes the empty list

        interact(() -> view.session().playback().outputs().setCatalog(catalog(List.of(), List.of(new FakeKeyboard()))));
        clickShown("#tune-keyboard");
        clickOn("Test Keystation");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(playIn::isDisabled), "a keyboard found: Play in is on");
    }

    @Test
    void twoBarsPlayedInAfterTheCountInGoToThePuck() throws Exception {
        FakeKeyboard keyboard = new FakeKeyboard();
        RecordingOutput synth = new RecordingOutput("Test Synth");
        MelodyView view = start(catalog(List.of(synth), List.of(keyboard)));
        choose("Test Synth");
        @SuppressWarnings("unchecked")
        Spinner<Integer> tempo = lookup("#melody-tempo").queryAs(Spinner.class);
        interact(() -> tempo.getValueFactory().setValue(200));
        List<String> countdown = Collections.synchronizedList(new ArrayList<>());
        interact(() -> ((Label) lookup("#tune-countdown").query()).textProperty().addListener((obs, old, now) -> countdown.add(now)));
        float[] before = onFx(() -> view.session().point());

        clickShown("#tune-keyboard");
        clickOn("Test Keystation");
        clickShown("#tune-play-in");
        waitUntil("the first bar records", () -> countdown.contains("● bar 1"));
        keyboard.key(ShortMessage.NOTE_ON, 67);
        Thread.sleep(250);
        keyboard.key(ShortMessage.NOTE_OFF, 67);
        keyboard.key(ShortMessage.NOTE_ON, 64);
        Thread.sleep(250);
        keyboard.key(ShortMessage.NOTE_OFF, 64);
        waitUntil("the take ends and the puck moves", () -> countdown.size() > 0 && countdown.get(countdown.size() - 1).isEmpty()
                && !java.util.Arrays.equals(before, view.session().point()));

        assertEquals(List.of("4", "3", "2", "1", "● bar 1", "● bar 2", ""), countdown, "the count-in, then the two bars");
        assertEquals(1, keyboard.closed, "the keyboard is let go after the take");
        assertTrue(synth.messages().stream().anyMatch(m -> m.getCommand() == ShortMessage.NOTE_ON && m.getData1() == 84),
                "the count-in's accent click went to the chosen output");
        assertEquals("Played in: 2 notes in 2 bars", onFx(() -> view.session().messageProperty().get()));
        assertNull(onFx(() -> Reach.problem(lookup("#tune-play-in").query(), view.getScene())));
    }

    @Test
    void atTenTwentyFourBySixHundredTheNewControlsCanBeReached() throws Exception {
        MelodyView view = start(catalog(List.of(), List.of()));
        onFx(() -> {
            Stage stage = (Stage) view.getScene().getWindow();
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(1024);
            stage.setHeight(600);
            return null;
        });
        waitUntil("the window is 1024x600", () -> view.getScene().getWidth() == 1024 && view.getScene().getHeight() == 600);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#tune-text", "#tune-use", "#tune-keyboard", "#tune-play-in", "#midi-out-device", "#midi-out-channel")) {
            assertNull(onFx(() -> Reach.problem(lookup(id).query(), view.getScene())), id + " at 1024x600");
        }
    }
}
