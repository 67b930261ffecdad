package org.latentexplorer.data;

/** Why a two-bar window of a MIDI file did not become a training melody. */
public enum DropReason {
    NOT_FOUR_FOUR("not in 4/4"),
    TOO_FEW_NOTES("fewer than " + MidiMelodyExtractor.MIN_NOTES + " notes"),
    SILENT_BAR("a silent bar"),
    DUPLICATE("duplicate");

    private final String description;

    DropReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
