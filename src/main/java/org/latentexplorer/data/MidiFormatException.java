package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Path;

/** A MIDI file that cannot be read; the message names the file and the problem. */
public final class MidiFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public MidiFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
