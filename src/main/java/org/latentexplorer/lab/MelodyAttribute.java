package org.latentexplorer.lab;

import org.latentexplorer.data.Melody;

/** TEMPORARY stub until the melody-cli branch lands. */
public enum MelodyAttribute {
    DENSITY("density", "Note density"), MEAN_PITCH("pitch", "Mean pitch"), PITCH_RANGE("range", "Pitch range"),
    STEPWISE("stepwise", "Stepwise"), SYNCOPATION("syncopation", "Syncopation");

    private final String key;
    private final String label;

    MelodyAttribute(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public double measure(Melody melody) {
        return melody.noteCount();
    }
}
