package org.latentexplorer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The melody a command starts from: {@code --midi FILE} or {@code --tune TEXT}, one of the two. */
final class MelodyInputOption {
    @Option(names = "--midi", paramLabel = "FILE", description = "a MIDI file: its first two-bar melody, or the one --window names")
    Path midi;

    @Option(names = "--tune", paramLabel = "TEXT",
            description = "a tune in JFugue's notation, up to two bars of 4/4, e.g. \"T100 C5q D5q E5h | G5w\" (C5 is middle C)")
    String tune;
}
