package org.latentexplorer.ui.melodies;

import java.util.Arrays;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;
import javax.sound.midi.MidiUnavailableException;
import org.latentexplorer.data.Melody;
import org.latentexplorer.music.KeyboardRecorder;
import org.latentexplorer.music.MelodyPattern;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.music.MidiPorts;
import org.latentexplorer.ui.i18n.Texts;

/**
 * A tune of the user's own into the Melodies view: typed as a JFugue music string, or played in on a
 * MIDI keyboard after a one-bar count-in. Either way it is encoded, the puck jumps to it and it plays;
 * what goes wrong is one line in {@link #problemProperty()}.
 */
final class TuneIn {
    static final String EXAMPLE = "C5q D5q E5h";
    private static final double MARGIN_MS = 40; // lets the last note-off of the take arrive
    private static final String LEFT_OUT = "; left out ";

    private final MelodySession session;
    private final MelodyPlayer.Clock clock;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(this, "recording");

    TuneIn(MelodySession session, MelodyPlayer.Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    // ---- typed

    /** Reads {@code text} as a music string and goes to the melody it writes. */
    void useTyped(String text) {
        String music = text == null ? "" : text.trim();
        if (session.space() == null) {
            problem.set(MelodiesText.OPEN_MODEL_FIRST.text());
            return;
        }
        if (music.isEmpty()) {
            problem.set(MelodiesText.TYPE_FIRST.format(EXAMPLE));
            return;
        }
        Melody melody;
        try {
            melody = parse(music);
        } catch (RuntimeException e) {
            problem.set(MelodiesText.CANNOT_READ_TUNE.format(oneLine(e.getMessage())));
            return;
        }
        problem.set("");
        go(melody, (melody.noteCount() == 1 ? MelodiesText.YOUR_TUNE_ONE : MelodiesText.YOUR_TUNE_MANY).format(melody.noteCount()));
    }

    /** The music string as a melody, JFugue's parser with its range checks; a longer tune is cut to the model's bars by {@link #go}. */
    private static Melody parse(String music) {
        return MelodyPattern.fromMusicString(music);
    }

    // ---- played in

    /** Opens {@code input}, counts in a bar (heard on the output chosen), records two bars and goes to them. */
    void playIn(MidiPorts.Input input) {
        if (recording.get() || session.space() == null) {
            return;
        }
        KeyboardRecorder recorder = new KeyboardRecorder(clock);
        try {
            input.open(recorder);
        } catch (MidiUnavailableException | RuntimeException e) {
            problem.set(MelodiesText.INPUT_FAILED.format(input.name(), oneLine(e.getMessage())));
            return;
        }
        problem.set("");
        session.playback().stop();
        int bpm = session.playback().tempoProperty().get();
        KeyboardRecorder.Take take = recorder.begin(bpm);
        MelodyPlayer player = session.playback().player();
        if (player != null) {
            player.play(KeyboardRecorder.countIn(bpm), false);
        }
        recording.set(true);
        Timeline timeline = new Timeline();
        for (int beat = 0; beat < KeyboardRecorder.COUNT_IN_BEATS; beat++) {
            String shown = Texts.window().plainNumber(KeyboardRecorder.COUNT_IN_BEATS - beat, 0);
            timeline.getKeyFrames().add(at(take, take.countInBeat(beat), 0, e -> countdown.set(shown)));
        }
        long bar = take.stepNanos() * Melody.STEPS_PER_BAR;
        for (int b = 0; b < KeyboardRecorder.BARS; b++) {
            String shown = MelodiesText.COUNT_IN_BAR.format(b + 1);
            timeline.getKeyFrames().add(at(take, take.recordStart() + b * bar, 0, e -> countdown.set(shown)));
        }
        timeline.getKeyFrames().add(at(take, take.end(), MARGIN_MS, e -> finish(input, recorder)));
        timeline.play();
    }

    private static KeyFrame at(KeyboardRecorder.Take take, long time, double marginMs, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        return new KeyFrame(Duration.millis((time - take.countInStart()) / 1e6 + marginMs), action);
    }

    private void finish(MidiPorts.Input input, KeyboardRecorder recorder) {
        try {
            input.close();
        } catch (RuntimeException ignored) {
            // an unplugged keyboard may refuse to close: it is gone either way
        }
        KeyboardRecorder.Result result = recorder.finish();
        countdown.set("");
        recording.set(false);
        if (result.melody() == null) {
            problem.set(MelodiesText.NOTHING_PLAYED.format(KeyboardRecorder.BARS) + leftOut(result));
        } else {
            int notes = result.melody().noteCount();
            go(result.melody(), (notes == 1 ? MelodiesText.PLAYED_IN_ONE : MelodiesText.PLAYED_IN_MANY).format(notes, KeyboardRecorder.BARS) + leftOut(result));
        }
    }

    /** The recorder's own (English) note on keys left out, outside the range a melody holds: its detail, as a core package's. */
    private static String leftOut(KeyboardRecorder.Result result) {
        int at = result.message().indexOf(LEFT_OUT);
        return at < 0 ? "" : result.message().substring(at);
    }

    /** Encodes the melody, moves the puck there and plays it. */
    private void go(Melody melody, String said) {
        int steps = session.space().steps();
        String fit = melody.length() > steps ? MelodiesText.FIRST_BARS_USED.format(steps / Melody.STEPS_PER_BAR) : "";
        session.moveToMelody(fitted(melody, steps));
        session.messageProperty().set(said + fit);
    }

    /** {@code melody} cut or filled out with a rest to {@code steps} sixteenths. */
    static Melody fitted(Melody melody, int steps) {
        if (melody.length() >= steps) {
            return melody.length() == steps ? melody : melody.slice(0, steps);
        }
        int[] events = Arrays.copyOf(melody.events(), steps);
        int last = melody.length() - 1;
        while (last > 0 && events[last] == Melody.NO_EVENT) {
            last--;
        }
        if (Melody.isNoteOn(events[last])) {
            events[melody.length()] = Melody.NOTE_OFF; // the last note ends where the tune does
        }
        return new Melody(events, melody.bpm());
    }

    private static String oneLine(String text) {
        return text == null ? MelodiesText.NOT_MUSIC_STRING.text() : text.replaceAll("\\s+", " ").trim();
    }

    /** What the Play in button says when no keyboard is plugged in. */
    static String noInput() {
        return MelodiesText.NO_INPUT.text();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void clearProblem() {
        problem.set("");
    }

    /** "4" to "1" during the count-in, then the bar being recorded; empty otherwise. */
    ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }
}
