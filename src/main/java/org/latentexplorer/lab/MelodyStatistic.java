package org.latentexplorer.lab;

/**
 * The statistics of {@link MelodyStatistics}, each with the bins its per-melody values fall in when two sets'
 * distributions are compared. A melody a statistic does not apply to (no notes for range and key, fewer than two
 * notes for the interval figures) falls in a bin of its own, the last.
 */
public enum MelodyStatistic {
    NOTES("notes", "notes", "note-ons per melody, bins of 2 (0-1, 2-3, .., 30-31, 32 and more)", 17),
    RANGE("range", "range", "semitones, bins of 3 (0-2, 3-5, .., 45-47, 48 and more), no notes", 18),
    MEAN_INTERVAL("meanInterval", "|int|", "semitones, bins of 1 (0-1, .., 15-16, 16 and more), under 2 notes", 18),
    STEPWISE("stepwise", "step", "share, tenths (0-0.1, .., 0.9-1), under 2 notes", 11),
    IN_KEY("inKey", "in key", "share, tenths (0-0.1, .., 0.9-1), no notes", 11),
    OCTAVE_LEAPS("octaveLeaps", ">8ve", "share, tenths (0-0.1, .., 0.9-1), under 2 notes", 11),
    MELODY_LIKE("melodyLike", "mel-like", "yes, no", 2);

    private final String key;
    private final String heading;
    private final String binning;
    private final int bins;

    MelodyStatistic(String key, String heading, String binning, int bins) {
        this.key = key;
        this.heading = heading;
        this.binning = binning;
        this.bins = bins;
    }

    /** Its name in machine-readable figures. */
    public String key() {
        return key;
    }

    /** Its short column heading. */
    public String heading() {
        return heading;
    }

    /** How a melody's value is binned for the distance between distributions, in words. */
    public String binning() {
        return binning;
    }

    public int bins() {
        return bins;
    }

    /** The bin of a melody's value, {@code 0..bins()-1}. */
    public int bin(MelodyStatistics.Measures m) {
        int none = bins - 1;
        return switch (this) {
            case NOTES -> Math.min(m.notes() / 2, bins - 1);
            case RANGE -> m.notes() == 0 ? none : Math.min(m.range() / 3, none - 1);
            case MEAN_INTERVAL -> m.intervals() == 0 ? none : Math.min((int) Math.floor(m.meanInterval()), none - 1);
            case STEPWISE -> m.intervals() == 0 ? none : tenth(m.stepwiseShare());
            case IN_KEY -> m.notes() == 0 ? none : tenth(m.inKeyShare());
            case OCTAVE_LEAPS -> m.intervals() == 0 ? none : tenth(m.octaveLeapShare());
            case MELODY_LIKE -> m.melodyLike() ? 0 : 1;
        };
    }

    /** Bins 0..9 of a share, 1.0 in the last. */
    private static int tenth(double share) {
        return Math.min(9, (int) Math.floor(share * 10 + 1e-9));
    }
}
