package org.latentexplorer.lab;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.latentexplorer.data.Melody;

/**
 * What a musician pushes a melody towards: busier or calmer, higher or lower, wider or narrower, smoother or leaping,
 * more or less syncopated. Each attribute is one number per melody ({@link #measure}); NaN where a melody has too few
 * notes for it to mean anything. Onsets are the note-on steps; intervals are between consecutive onsets, rests between
 * them ignored (as {@link MelodyStatistics} counts them).
 */
public enum MelodyAttribute {
    /** Note onsets per bar of sixteen sixteenths (0 for a silent melody). */
    DENSITY("density", "Note density", "onsets per bar"),
    /** The mean MIDI pitch of the onsets, each onset counted once whatever its length; NaN without notes. */
    MEAN_PITCH("pitch", "Mean pitch", "MIDI pitch"),
    /** The highest minus the lowest onset pitch in semitones ({@link MelodyStatistics.Measures#range()}); NaN without notes. */
    PITCH_RANGE("range", "Pitch range", "semitones"),
    /**
     * The share of intervals of at most {@value MelodyStatistics#STEP} semitones, repeated notes included
     * ({@link MelodyStatistics.Measures#stepwiseShare()}): 1 moves only by step, 0 only leaps; NaN with fewer than two notes.
     */
    STEPWISE("stepwise", "Stepwise", "share of steps"),
    /**
     * The share of onsets off the eighth-note grid: on the second or fourth sixteenth of a beat, as dotted rhythms,
     * snaps and sixteenth runs put them; NaN without notes. (Notes held across the beat, the textbook syncopation, are
     * too rare in the folk tunes to learn a direction from: 96 % of their two-bar windows have none.)
     */
    SYNCOPATION("syncopation", "Syncopation", "share of onsets");

    private final String key;
    private final String label;
    private final String unit;

    MelodyAttribute(String key, String label, String unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    /** The name on the command line and in the attribute-vector file: {@code density}, {@code pitch}, ... */
    public String key() {
        return key;
    }

    /** A few words for the window, e.g. "Note density". */
    public String label() {
        return label;
    }

    /** What the measure counts, e.g. "onsets per bar". */
    public String unit() {
        return unit;
    }

    /** The attribute whose {@link #key()} is {@code key}, ignoring case. */
    public static Optional<MelodyAttribute> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equalsIgnoreCase(key)).findFirst();
    }

    /** The keys in order, for messages: "density, pitch, range, stepwise, syncopation". */
    public static String keys() {
        return Arrays.stream(values()).map(MelodyAttribute::key).collect(Collectors.joining(", "));
    }

    /** This attribute of {@code melody}, NaN where it is undefined (see each constant). */
    public double measure(Melody melody) {
        int[] events = melody.events();
        return switch (this) {
            case DENSITY -> melody.noteCount() * (double) Melody.STEPS_PER_BAR / events.length;
            case MEAN_PITCH -> meanPitch(events);
            case PITCH_RANGE -> melody.noteCount() == 0 ? Double.NaN : MelodyStatistics.measure(events).range();
            case STEPWISE -> MelodyStatistics.measure(events).stepwiseShare();
            case SYNCOPATION -> syncopation(events);
        };
    }

    private static double meanPitch(int[] events) {
        long sum = 0;
        int notes = 0;
        for (int event : events) {
            if (Melody.isNoteOn(event)) {
                sum += Melody.pitchOf(event);
                notes++;
            }
        }
        return notes == 0 ? Double.NaN : sum / (double) notes;
    }

    private static double syncopation(int[] events) {
        int onsets = 0;
        int offGrid = 0;
        for (int step = 0; step < events.length; step++) {
            if (Melody.isNoteOn(events[step])) {
                onsets++;
                offGrid += step % 2 != 0 ? 1 : 0;
            }
        }
        return onsets == 0 ? Double.NaN : offGrid / (double) onsets;
    }
}
