package org.latentexplorer.music;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import org.latentexplorer.data.Melody;

/**
 * Two bars played on a MIDI keyboard, as a {@link Melody}. A take is a one-bar count-in and then
 * {@value #BARS} bars; what the keyboard sends (this is its receiver) is timed by the injected clock as it
 * arrives (a device's own time stamps count from an unknown origin). {@link #finish()} quantizes:
 * onsets to the nearest sixteenth, lengths from the note-offs rounded to sixteenths, one note at a time
 * (a later note cuts the one before).
 */
public final class KeyboardRecorder implements Receiver {
    public static final int BARS = 2;
    public static final int COUNT_IN_BEATS = 4;
    private static final int STEPS = BARS * Melody.STEPS_PER_BAR;
    private static final int ACCENT_CLICK = 84;
    private static final int CLICK = 77;

    /** The times of a take, in the clock's nanoseconds. */
    public record Take(long countInStart, long recordStart, long end, long stepNanos, double bpm) {
        /** When beat {@code beat} (0..3) of the count-in sounds. */
        public long countInBeat(int beat) {
            return countInStart + (long) beat * Melody.STEPS_PER_QUARTER * stepNanos;
        }
    }

    /** A finished take: the melody (null when nothing usable was played) and what to tell about it. */
    public record Result(Melody melody, String message) {
    }

    /** One key pressed: when, which, and when let go (-1 while held). */
    private record Press(long on, int pitch, long off) {
    }

    private final MelodyPlayer.Clock clock;
    private final List<Press> presses = new ArrayList<>();
    private Take take;

    public KeyboardRecorder(MelodyPlayer.Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** The count-in as a melody: one bar of four clicks, the first one higher. */
    public static Melody countIn(double bpm) {
        int[] events = new int[Melody.STEPS_PER_BAR];
        for (int beat = 0; beat < COUNT_IN_BEATS; beat++) {
            int step = beat * Melody.STEPS_PER_QUARTER;
            events[step] = Melody.noteOn(beat == 0 ? ACCENT_CLICK : CLICK);
            events[step + 1] = Melody.NOTE_OFF;
        }
        return new Melody(events, bpm);
    }

    /** Starts a take now: the count-in begins at once, the recording a bar later. Forgets any earlier take. */
    public synchronized Take begin(double bpm) {
        if (!(bpm > 0)) {
            throw new IllegalArgumentException("tempo must be positive, got " + bpm);
        }
        long step = Math.round(60e9 / bpm / Melody.STEPS_PER_QUARTER);
        long start = clock.nanoTime();
        long recordStart = start + (long) Melody.STEPS_PER_BAR * step;
        take = new Take(start, recordStart, recordStart + (long) STEPS * step, step, bpm);
        presses.clear();
        return take;
    }

    /** Records note-ons and note-offs (a note-on at velocity 0 is a note-off) while a take runs. */
    @Override
    public void send(MidiMessage message, long timeStamp) {
        if (!(message instanceof ShortMessage m)) {
            return;
        }
        long now = clock.nanoTime();
        boolean on = m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0;
        boolean off = m.getCommand() == ShortMessage.NOTE_OFF || m.getCommand() == ShortMessage.NOTE_ON && m.getData2() == 0;
        synchronized (this) {
            if (take == null || !(on || off)) {
                return;
            }
            if (on) {
                presses.add(new Press(now, m.getData1(), -1));
                return;
            }
            for (int i = presses.size() - 1; i >= 0; i--) {
                Press p = presses.get(i);
                if (p.pitch() == m.getData1() && p.off() < 0) {
                    presses.set(i, new Press(p.on(), p.pitch(), now));
                    return;
                }
            }
        }
    }

    /** Ends the take and quantizes what was played in its two bars. */
    public synchronized Result finish() {
        if (take == null) {
            throw new IllegalStateException("no take to finish: begin one first");
        }
        Take t = take;
        take = null;
        List<Integer> outOfRange = new ArrayList<>();
        List<int[]> notes = new ArrayList<>(); // onset step, end step, pitch
        List<Press> played = new ArrayList<>(presses);
        played.sort(Comparator.comparingLong(Press::on));
        for (Press p : played) {
            int onset = (int) Math.round((double) (p.on() - t.recordStart()) / t.stepNanos());
            if (onset < 0 || onset >= STEPS) {
                continue; // during the count-in or after the two bars
            }
            if (p.pitch() < Melody.MIN_PITCH || p.pitch() > Melody.MAX_PITCH) {
                outOfRange.add(p.pitch());
                continue;
            }
            long released = p.off() < 0 ? t.end() : p.off();
            int length = Math.max(1, (int) Math.round((double) (released - p.on()) / t.stepNanos()));
            notes.add(new int[] {onset, Math.min(STEPS, onset + length), p.pitch()});
        }
        String left = outOfRange.isEmpty() ? "" : "; left out " + outOfRange.size() + " outside "
                + Melody.MIN_PITCH + ".." + Melody.MAX_PITCH + " (A0..C8): " + joined(outOfRange);
        if (notes.isEmpty()) {
            return new Result(null, "Nothing was played in the " + BARS + " bars after the count-in" + left);
        }
        int[] events = new int[STEPS];
        for (int i = 0; i < notes.size(); i++) {
            int[] note = notes.get(i);
            int nextOnset = i + 1 < notes.size() ? notes.get(i + 1)[0] : STEPS;
            if (nextOnset == note[0]) {
                continue; // two notes on one sixteenth: the later one sounds
            }
            events[note[0]] = Melody.noteOn(note[2]);
            if (note[1] < nextOnset && note[1] < STEPS) {
                events[note[1]] = Melody.NOTE_OFF;
            }
        }
        Melody melody = new Melody(events, t.bpm());
        return new Result(melody, "Played in: " + melody.noteCount() + (melody.noteCount() == 1 ? " note" : " notes") + " in " + BARS + " bars" + left);
    }

    /** Whether a take is running. */
    public synchronized boolean recording() {
        return take != null;
    }

    /** Drops the take without a result. */
    public synchronized void cancel() {
        take = null;
        presses.clear();
    }

    private static String joined(List<Integer> pitches) {
        StringBuilder text = new StringBuilder();
        for (int pitch : pitches) {
            text.append(text.length() == 0 ? "" : ", ").append(pitch);
        }
        return text.toString();
    }

    @Override
    public void close() {
        cancel();
    }
}
