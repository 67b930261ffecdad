package org.latentexplorer.ui.melodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import javafx.util.Duration;
import org.latentexplorer.data.Melody;

/**
 * The Melodies view's Record button: while it is on, the bars that play become a tune, saved as a MIDI (or WAV)
 * file when it is pressed again. While the loop plays, the bars are the player's own; when nothing plays (no sound
 * device, or Stop) a bar clock at the tempo set takes the bar the loop would play from the melody at the puck, so a
 * journey across the pad is recorded either way.
 */
final class MelodyRecorder {
    /** Half an hour at 120 bpm: enough for any journey, a few kilobytes. */
    static final int MAX_BARS = 900;
    private final MelodySession session;
    private final Button button = new Button("● Record");
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(this, "recording");
    private final PauseTransition barClock = new PauseTransition();
    private final List<Melody> bars = new ArrayList<>();
    private int clockBar;

    MelodyRecorder(MelodySession session, java.util.function.Supplier<Window> window) {
        this.session = session;
        button.setId("melody-record");
        button.setTooltip(new Tooltip("Record the bars as they play: press, play or drag, press Stop to save a MIDI file"));
        button.setOnAction(e -> {
            if (recording.get()) {
                List<Melody> taken = stop();
                if (!taken.isEmpty()) {
                    Melody tune = Melody.concat(taken);
                    MelodyExportChooser.chooseAndSave(window.get(), session, "journey", false, file -> session.playback().export(tune, file));
                }
            } else {
                start();
            }
        });
        session.playback().addBarListener(this::playedBar);
        barClock.setOnFinished(e -> clockTick());
        session.spaceProperty().addListener((obs, old, now) -> {
            if (recording.get()) {
                stop(); // bars of two models make no tune
                session.messageProperty().set("Recording stopped: another model opened");
            }
        });
    }

    Button button() {
        return button;
    }

    void start() {
        bars.clear();
        clockBar = 0;
        recording.set(true);
        button.setText("■ Stop recording");
        button.getStyleClass().add("recording");
        session.messageProperty().set("Recording: play or drag; press Stop recording to save the bars as a MIDI file");
        clockTick();
    }

    /** Ends the recording and returns its bars (none when nothing was recorded). */
    List<Melody> stop() {
        barClock.stop();
        recording.set(false);
        button.setText("● Record");
        button.getStyleClass().remove("recording");
        List<Melody> taken = List.copyOf(bars);
        bars.clear();
        session.messageProperty().set(taken.isEmpty() ? "Nothing was recorded"
                : String.format(Locale.ROOT, "Recorded %d bars", taken.size()));
        return taken;
    }

    /** Writes what was recorded so far as it would be saved (for tests and tools). */
    Melody recordedTune() {
        return bars.isEmpty() ? null : Melody.concat(bars);
    }

    int recordedBars() {
        return bars.size();
    }

    ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    private void playedBar(Melody bar) {
        if (recording.get() && session.playback().playingProperty().get() != MelodyPlayback.Playing.NOTHING) {
            add(bar);
        }
    }

    private void clockTick() {
        if (!recording.get()) {
            return;
        }
        Shown shown = session.shownProperty().get();
        if (session.playback().playingProperty().get() == MelodyPlayback.Playing.NOTHING && shown != null) {
            Melody melody = shown.melody();
            int bar = clockBar % (melody.length() / Melody.STEPS_PER_BAR);
            add(melody.slice(bar * Melody.STEPS_PER_BAR, (bar + 1) * Melody.STEPS_PER_BAR));
            clockBar++;
        }
        barClock.setDuration(Duration.seconds(60.0 * Melody.STEPS_PER_BAR / Melody.STEPS_PER_QUARTER
                / session.playback().tempoProperty().get()));
        barClock.playFromStart();
    }

    private void add(Melody bar) {
        if (bars.size() < MAX_BARS) {
            bars.add(bar);
        } else if (bars.size() == MAX_BARS) {
            session.messageProperty().set("The recording is full (" + MAX_BARS + " bars): press Stop recording to save it");
        }
    }
}
