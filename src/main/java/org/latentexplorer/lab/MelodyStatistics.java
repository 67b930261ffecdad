package org.latentexplorer.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * What a melody sounds like, in numbers: notes, pitch range, interval sizes, key, and whether it is melody-like.
 * Melodies are MusicVAE's event classes, one per step: 0 holds what sounds, 1 is a note-off (a rest starts),
 * {@code 2 + k} is a note-on of MIDI pitch {@code 21 + k}. Intervals are between consecutive note-ons, rests
 * between them ignored.
 * <p>
 * A melody is <b>melody-like</b> when it has at least {@value #MIN_NOTES} note-ons, a range (highest minus lowest
 * pitch) of at most {@value #MAX_RANGE} semitones, and at least {@value #MIN_IN_KEY} of its notes in its best-fitting
 * diatonic scale (the seven pitch classes of a major scale, best of the twelve transpositions).
 */
public final class MelodyStatistics {
    public static final int MIN_NOTES = 3;
    public static final int MAX_RANGE = 24;
    public static final double MIN_IN_KEY = 0.8;
    /** The largest interval that counts as a step (a repeated note, a semitone or a whole tone). */
    public static final int STEP = 2;
    /** Intervals larger than this are octave leaps. */
    public static final int OCTAVE = 12;
    private static final int FIRST_NOTE_CLASS = 2;
    private static final int LOWEST_PITCH = 21;
    private static final int[] MAJOR_SCALE = {0, 2, 4, 5, 7, 9, 11};

    private MelodyStatistics() {
    }

    /**
     * One melody's counts: its note-ons, range in semitones (0 without notes), intervals, the sum of their sizes, how
     * many are steps and how many octave leaps, and how many notes lie in its best-fitting major scale.
     */
    public record Measures(int notes, int range, int intervals, int intervalSum, int steps, int octaveLeaps, int inKey) {
        /** Mean size of its intervals in semitones; NaN with fewer than two notes. */
        public double meanInterval() {
            return share(intervalSum, intervals);
        }

        /** Share of intervals of at most {@value MelodyStatistics#STEP} semitones; NaN with fewer than two notes. */
        public double stepwiseShare() {
            return share(steps, intervals);
        }

        /** Share of notes in its best-fitting major scale; NaN without notes. */
        public double inKeyShare() {
            return share(inKey, notes);
        }

        /** Share of intervals larger than an octave; NaN with fewer than two notes. */
        public double octaveLeapShare() {
            return share(octaveLeaps, intervals);
        }

        public boolean melodyLike() {
            return notes >= MIN_NOTES && range <= MAX_RANGE && inKey >= MIN_IN_KEY * notes;
        }
    }

    /** The measures of one melody of event classes. */
    public static Measures measure(int[] events) {
        List<Integer> pitches = new ArrayList<>();
        for (int event : events) {
            if (event < 0) {
                throw new IllegalArgumentException("event class " + event + " is negative");
            }
            if (event >= FIRST_NOTE_CLASS) {
                pitches.add(event - FIRST_NOTE_CLASS + LOWEST_PITCH);
            }
        }
        int lowest = pitches.stream().mapToInt(Integer::intValue).min().orElse(0);
        int highest = pitches.stream().mapToInt(Integer::intValue).max().orElse(0);
        int intervalSum = 0;
        int steps = 0;
        int leaps = 0;
        for (int i = 1; i < pitches.size(); i++) {
            int size = Math.abs(pitches.get(i) - pitches.get(i - 1));
            intervalSum += size;
            steps += size <= STEP ? 1 : 0;
            leaps += size > OCTAVE ? 1 : 0;
        }
        return new Measures(pitches.size(), highest - lowest, Math.max(0, pitches.size() - 1), intervalSum, steps, leaps,
                notesInBestKey(pitches));
    }

    /** The most notes that one of the twelve major scales holds. */
    private static int notesInBestKey(List<Integer> pitches) {
        int[] perClass = new int[12];
        for (int pitch : pitches) {
            perClass[pitch % 12]++;
        }
        int best = 0;
        for (int tonic = 0; tonic < 12; tonic++) {
            int in = 0;
            for (int degree : MAJOR_SCALE) {
                in += perClass[(tonic + degree) % 12];
            }
            best = Math.max(best, in);
        }
        return best;
    }

    public static List<Measures> measureAll(List<int[]> melodies) {
        return melodies.stream().map(MelodyStatistics::measure).toList();
    }

    /**
     * A set of melodies in figures. Interval figures pool every interval of the set (an octave-leap share of 0.05 means
     * 5 % of all intervals), the in-key share pools every note (each against its own melody's best key); notes and range
     * are means per melody (range over melodies with notes); NaN where the set has nothing to measure.
     */
    public record Summary(int melodies, double notes, double range, double meanInterval, double stepwiseShare,
                          double inKeyShare, double octaveLeapShare, double melodyLikeShare) {

        /** The figure of a statistic. */
        public double get(MelodyStatistic statistic) {
            return switch (statistic) {
                case NOTES -> notes;
                case RANGE -> range;
                case MEAN_INTERVAL -> meanInterval;
                case STEPWISE -> stepwiseShare;
                case IN_KEY -> inKeyShare;
                case OCTAVE_LEAPS -> octaveLeapShare;
                case MELODY_LIKE -> melodyLikeShare;
            };
        }
    }

    public static Summary summarize(List<Measures> set) {
        long notes = 0;
        long withNotes = 0;
        long ranges = 0;
        long intervals = 0;
        long intervalSum = 0;
        long steps = 0;
        long leaps = 0;
        long inKey = 0;
        long melodyLike = 0;
        for (Measures m : set) {
            notes += m.notes();
            withNotes += m.notes() > 0 ? 1 : 0;
            ranges += m.range();
            intervals += m.intervals();
            intervalSum += m.intervalSum();
            steps += m.steps();
            leaps += m.octaveLeaps();
            inKey += m.inKey();
            melodyLike += m.melodyLike() ? 1 : 0;
        }
        return new Summary(set.size(), share(notes, set.size()), share(ranges, withNotes), share(intervalSum, intervals),
                share(steps, intervals), share(inKey, notes), share(leaps, intervals), share(melodyLike, set.size()));
    }

    /**
     * The total-variation distance between two sets' distributions of a statistic, each melody's value binned as
     * {@link MelodyStatistic#binning()} says: half the summed absolute differences of the bins' shares, 0 for the
     * same distribution, 1 for distributions with no bin in common; NaN when a set is empty.
     */
    public static double totalVariation(List<Measures> a, List<Measures> b, MelodyStatistic statistic) {
        if (a.isEmpty() || b.isEmpty()) {
            return Double.NaN;
        }
        double[] p = histogram(a, statistic);
        double[] q = histogram(b, statistic);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += Math.abs(p[i] - q[i]);
        }
        return Math.min(1, sum / 2); // rounding may overshoot by an ulp
    }

    /** The share of the set's melodies in each bin of the statistic. */
    public static double[] histogram(List<Measures> set, MelodyStatistic statistic) {
        int[] counts = new int[statistic.bins()];
        for (Measures m : set) {
            counts[statistic.bin(m)]++;
        }
        double[] shares = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shares[i] = counts[i] / (double) set.size();
        }
        return shares;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : part / (double) whole;
    }
}
