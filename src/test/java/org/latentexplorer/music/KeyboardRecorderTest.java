package org.latentexplorer.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.ShortMessage;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Melody;

/** Playing two bars in without a keyboard: note messages fed to the recorder at times set on a fake clock. */
class KeyboardRecorderTest {
    private static final long T0 = 5_000_000_000L;

    /** A clock the test sets. */
    private static final class SetClock implements MelodyPlayer.Clock {
        long now = T0;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepUntil(long deadline) {
            now = Math.max(now, deadline);
        }
    }

    private final SetClock clock = new SetClock();
    private final KeyboardRecorder recorder = new KeyboardRecorder(clock);

    private void send(long at, int command, int pitch, int velocity) throws InvalidMidiDataException {
        clock.now = at;
        recorder.send(new ShortMessage(command, 0, pitch, velocity), -1);
    }

    /** Presses {@code pitch} at sixteenth {@code onset} plus {@code early} sixteenths (negative: early) for {@code held} sixteenths. */
    private void play(KeyboardRecorder.Take take, int pitch, double onset, double held) throws InvalidMidiDataException {
        long on = take.recordStart() + Math.round(onset * take.stepNanos());
        send(on, ShortMessage.NOTE_ON, pitch, 90);
        send(on + Math.round(held * take.stepNanos()), ShortMessage.NOTE_OFF, pitch, 0);
    }

    private static List<String> notes(Melody melody) {
        List<String> notes = new ArrayList<>();
        for (int step = 0; step < melody.length(); step++) {
            int event = melody.event(step);
            if (Melody.isNoteOn(event)) {
                notes.add(Melody.pitchOf(event) + "@" + step);
            } else if (event == Melody.NOTE_OFF) {
                notes.add("off@" + step);
            }
        }
        return notes;
    }

    @Test
    void theCountInIsOneBarOfFourClicksAndTheTakeTwoBarsAfterIt() {
        KeyboardRecorder.Take take = recorder.begin(100);
        long beat = 600_000_000L; // 60 s / 100 bpm
        assertEquals(T0, take.countInStart());
        assertEquals(T0 + 4 * beat, take.recordStart(), "the count-in lasts one bar of four beats");
        assertEquals(take.recordStart() + 8 * beat, take.end(), "the take lasts two bars");
        assertEquals(T0 + 3 * beat, take.countInBeat(3));

        Melody clicks = KeyboardRecorder.countIn(100);
        assertEquals(Melody.STEPS_PER_BAR, clicks.length());
        List<Integer> onsets = new ArrayList<>();
        for (int step = 0; step < clicks.length(); step++) {
            if (Melody.isNoteOn(clicks.event(step))) {
                onsets.add(step);
            }
        }
        assertEquals(List.of(0, 4, 8, 12), onsets, "one click a beat");
        assertTrue(Melody.pitchOf(clicks.event(0)) > Melody.pitchOf(clicks.event(4)), "the first click is the accent");
    }

    @Test
    void onsetsEarlyOrLateByLessThanHalfASixteenthLandOnTheGrid() throws Exception {
        KeyboardRecorder.Take take = recorder.begin(120);
        play(take, 60, -0.45, 3.9);  // early into the first downbeat
        play(take, 62, 4.4, 1.8);    // late
        play(take, 64, 7.6, 2.2);    // early
        play(take, 65, 16.49, 4.0);  // late, bar 2
        KeyboardRecorder.Result result = recorder.finish();

        assertEquals(List.of("60@0", "62@4", "off@6", "64@8", "off@10", "65@16", "off@20"), notes(result.melody()));
        assertEquals(32, result.melody().length());
        assertEquals(120, result.melody().bpm());
        assertEquals("Played in: 4 notes in 2 bars", result.message());
    }

    @Test
    void lengthsComeFromTheNoteOffsRoundedAndALaterNoteCutsTheEarlierOne() throws Exception {
        KeyboardRecorder.Take take = recorder.begin(90);
        play(take, 67, 0, 7.7);     // eight sixteenths
        play(take, 69, 8, 12);      // held over the next note: cut at 12
        play(take, 71, 12, 0.2);    // a short stab still lasts a sixteenth
        play(take, 72, 13.2, 3);    // two notes on one sixteenth: the later sounds
        play(take, 74, 13.4, 1);
        clock.now = take.recordStart() + 28 * take.stepNanos();
        recorder.send(new ShortMessage(ShortMessage.NOTE_ON, 0, 76, 80), -1); // never let go: held to the end
        KeyboardRecorder.Result result = recorder.finish();

        assertEquals(List.of("67@0", "69@8", "71@12", "74@13", "off@14", "76@28"), notes(result.melody()));
    }

    @Test
    void aNoteOnAtVelocityZeroEndsTheNote() throws Exception {
        KeyboardRecorder.Take take = recorder.begin(120);
        send(take.recordStart(), ShortMessage.NOTE_ON, 60, 100);
        send(take.recordStart() + 2 * take.stepNanos(), ShortMessage.NOTE_ON, 60, 0);
        assertEquals(List.of("60@0", "off@2"), notes(recorder.finish().melody()));
    }

    @Test
    void notesDuringTheCountInOrAfterTheTwoBarsAreNotRecorded() throws Exception {
        KeyboardRecorder.Take take = recorder.begin(120);
        play(take, 50, -4, 1);   // a beat early: still the count-in
        play(take, 55, 2, 1);
        play(take, 57, 32, 1);   // after the take
        assertEquals(List.of("55@2", "off@3"), notes(recorder.finish().melody()));
    }

    @Test
    void notesOutsideTheModelsRangeAreLeftOutAndReported() throws Exception {
        KeyboardRecorder.Take take = recorder.begin(120);
        play(take, 20, 0, 2);
        play(take, 64, 4, 2);
        play(take, 109, 8, 2);
        KeyboardRecorder.Result result = recorder.finish();

        assertEquals(List.of("64@4", "off@6"), notes(result.melody()));
        assertEquals("Played in: 1 note in 2 bars; left out 2 outside 21..108 (A0..C8): 20, 109", result.message());
    }

    @Test
    void anEmptyTakeSaysNothingWasPlayed() throws Exception {
        KeyboardRecorder.Take take = recorder.begin(120);
        play(take, 108 + 5, 3, 1);
        KeyboardRecorder.Result empty = recorder.finish();
        assertNull(empty.melody());
        assertEquals("Nothing was played in the 2 bars after the count-in; left out 1 outside 21..108 (A0..C8): 113", empty.message());

        recorder.begin(120);
        KeyboardRecorder.Result silent = recorder.finish();
        assertNull(silent.melody());
        assertEquals("Nothing was played in the 2 bars after the count-in", silent.message());
    }

    @Test
    void withoutATakeNothingIsKeptAndFinishSaysSo() throws Exception {
        send(T0, ShortMessage.NOTE_ON, 60, 100);
        assertFalse(recorder.recording());
        assertThrows(IllegalStateException.class, recorder::finish);
        KeyboardRecorder.Take take = recorder.begin(120);
        play(take, 62, 0, 1);
        recorder.cancel();
        assertFalse(recorder.recording());
    }
}
