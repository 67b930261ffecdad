package org.latentexplorer.cli;

/** Counts and sizes the user gives, checked against their accepted range before anything is allocated. */
final class Ranges {
    private Ranges() {
    }

    /** E.g. "-n must be at most 10000, got 2000000000 (accepted: 1 to 10000)". */
    static void check(String option, long value, long min, long max) {
        if (value < min || value > max) {
            String bound = value < min ? "at least " + min : "at most " + max;
            throw new IllegalArgumentException(option + " must be " + bound + ", got " + value + " (accepted: " + min + " to " + max + ")");
        }
    }
}
