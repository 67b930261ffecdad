package org.latentexplorer.data;

import java.util.Arrays;
import java.util.Optional;

/**
 * A monophonic melody on the 16th-note grid in MusicVAE's {@code mel_2bar} event classes: one class per
 * step, {@link #NO_EVENT} (what sounds goes on), {@link #NOTE_OFF} (a rest starts), or a note-on for
 * MIDI pitch {@value #MIN_PITCH}..{@value #MAX_PITCH} ({@link #noteOn(int)}). Usually 32 steps (two
 * bars of 4/4); longer tunes are several windows joined. Immutable.
 */
public record Melody(int[] events, double bpm) {
    public static final int STEPS_PER_QUARTER = 4;
    public static final int STEPS_PER_BAR = 16;
    public static final int WINDOW_STEPS = 32;
    public static final int NO_EVENT = 0;
    public static final int NOTE_OFF = 1;
    public static final int MIN_PITCH = 21;
    public static final int MAX_PITCH = 108;
    public static final int CLASSES = MAX_PITCH - MIN_PITCH + 3;
    public static final double DEFAULT_BPM = 120;

    public Melody {
        if (events.length == 0) {
            throw new IllegalArgumentException("a melody needs at least one step");
        }
        for (int i = 0; i < events.length; i++) {
            if (events[i] < 0 || events[i] >= CLASSES) {
                throw new IllegalArgumentException("step " + i + " has class " + events[i] + ", expected 0.." + (CLASSES - 1));
            }
        }
        if (!(bpm > 0) || Double.isInfinite(bpm)) {
            throw new IllegalArgumentException("tempo must be positive, got " + bpm);
        }
        events = events.clone();
    }

    public Melody(int[] events) {
        this(events, DEFAULT_BPM);
    }

    public static int noteOn(int pitch) {
        if (pitch < MIN_PITCH || pitch > MAX_PITCH) {
            throw new IllegalArgumentException("pitch " + pitch + " is outside " + MIN_PITCH + ".." + MAX_PITCH);
        }
        return pitch - MIN_PITCH + 2;
    }

    public static boolean isNoteOn(int eventClass) {
        return eventClass >= 2;
    }

    /** The MIDI pitch of a note-on class. */
    public static int pitchOf(int eventClass) {
        if (!isNoteOn(eventClass)) {
            throw new IllegalArgumentException("class " + eventClass + " is not a note-on");
        }
        return eventClass - 2 + MIN_PITCH;
    }

    @Override
    public int[] events() {
        return events.clone();
    }

    public int length() {
        return events.length;
    }

    public int event(int step) {
        return events[step];
    }

    public int noteCount() {
        int count = 0;
        for (int e : events) {
            if (isNoteOn(e)) {
                count++;
            }
        }
        return count;
    }

    /** The same notes at another tempo. */
    public Melody withBpm(double newBpm) {
        return new Melody(events, newBpm);
    }

    /** Shifted by {@code semitones}, or empty when a note would leave the 88-key range. */
    public Optional<Melody> transpose(int semitones) {
        int[] shifted = events.clone();
        for (int i = 0; i < shifted.length; i++) {
            if (isNoteOn(shifted[i])) {
                int pitch = pitchOf(shifted[i]) + semitones;
                if (pitch < MIN_PITCH || pitch > MAX_PITCH) {
                    return Optional.empty();
                }
                shifted[i] = noteOn(pitch);
            }
        }
        return Optional.of(new Melody(shifted, bpm));
    }

    /** Steps {@code from} (inclusive) to {@code to} (exclusive) as a melody of their own. */
    public Melody slice(int from, int to) {
        return new Melody(Arrays.copyOfRange(events, from, to), bpm);
    }

    /** Melodies played one after another, at the first one's tempo. */
    public static Melody concat(java.util.List<Melody> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        int total = parts.stream().mapToInt(Melody::length).sum();
        int[] joined = new int[total];
        int at = 0;
        for (Melody part : parts) {
            System.arraycopy(part.events, 0, joined, at, part.events.length);
            at += part.events.length;
        }
        return new Melody(joined, parts.get(0).bpm);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Melody that && Arrays.equals(events, that.events) && Double.compare(bpm, that.bpm) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(events) + Double.hashCode(bpm);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Melody[" + bpm + " bpm:");
        for (int e : events) {
            text.append(' ').append(e == NO_EVENT ? "-" : e == NOTE_OFF ? "off" : String.valueOf(pitchOf(e)));
        }
        return text.append(']').toString();
    }
}
