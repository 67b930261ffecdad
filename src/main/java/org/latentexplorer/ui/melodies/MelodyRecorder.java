package org.latentexplorer.ui.melodies;

import java.util.ArrayList;
import java.util.List;
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
    private final Button button = new Button(MelodiesText.RECORD.text());
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(this, "recording");
    private final PauseTransition barClock = new PauseTransition();
    private final List<Melody> bars = new ArrayList<>();
    private int clockBar;

    MelodyRecorder(MelodySession session, java.util.function.Supplier<Window> window) {
        this.session = session;
        button.setId("melody-record");
        button.setTooltip(new Tooltip(MelodiesText.RECORD_TIP.text()));
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
                session.messageProperty().set(MelodiesText.RECORDING_STOPPED.text());
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
        button.setText(MelodiesText.STOP_RECORDING.text());
        button.getStyleClass().add("recording");
        session.messageProperty().set(MelodiesText.RECORDING.text());
        clockTick();
    }

    /** Ends the recording and returns its bars (none when nothing was recorded). */
    List<Melody> stop() {
        barClock.stop();
        recording.set(false);
        button.setText(MelodiesText.RECORD.text());
        button.getStyleClass().remove("recording");
        List<Melody> taken = List.copyOf(bars);
        bars.clear();
        session.messageProperty().set(taken.isEmpty() ? MelodiesText.NOTHING_RECORDED.text() : MelodiesText.RECORDED.format(taken.size()));
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
            session.messageProperty().set(MelodiesText.RECORDING_FULL.format(MAX_BARS));
        }
    }
}
