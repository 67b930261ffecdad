package org.latentexplorer.data;

/** Why a two-bar window of a MIDI file or a folk tune did not become a training melody. */
public enum DropReason {
    NOT_FOUR_FOUR("not in 4/4"),
    NOT_DUPLE("in a meter that is not duple"),
    IRREGULAR_BAR("in a bar of irregular length (a pickup, a repeat's part bar)"),
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
