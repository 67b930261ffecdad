package org.latentexplorer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.data.FolkCorpus;
import org.latentexplorer.data.MelodySource;
import picocli.CommandLine.Option;

/** Which melody corpus a command reads: the folk tunes (the default), the game music, or MIDI files the user names. */
final class CorpusOptions {
    /** A named corpus. */
    enum Corpus {
        FOLK, GAMES;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--corpus", paramLabel = "NAME", description = "melody corpus: folk (the default: the folk tunes that setup"
            + " converts from the music21 collections) or games (the game music of Debian's openttd-openmsx, simutrans-data and"
            + " planetblupi-music-midi)")
    Corpus corpus;

    @Option(names = "--collections", split = ",", paramLabel = "NAME", description = "folk: the collections to read"
            + " (default: all of essenFolksong, oneills1850, airdsAirs, ryansMammoth, miscFolk)")
    List<String> collections;

    /** The source these options and the MIDI files or folders ({@code midiOption} names them in errors) choose. */
    MelodySource source(List<Path> midi, String midiOption) {
        boolean ownFiles = midi != null && !midi.isEmpty();
        if (ownFiles && corpus != null) {
            throw new IllegalArgumentException(midiOption + " and --corpus both choose the corpus: give one of them");
        }
        Corpus chosen = ownFiles ? null : corpus == null ? Corpus.FOLK : corpus;
        if (collections != null && chosen != Corpus.FOLK) {
            throw new IllegalArgumentException("--collections chooses folk collections; it does not apply to "
                    + (ownFiles ? midiOption : "--corpus games"));
        }
        if (ownFiles) {
            return new MelodySource.Midi(midi);
        }
        if (chosen == Corpus.GAMES) {
            return MelodySource.games();
        }
        List<String> names = collections == null ? FolkCorpus.COLLECTIONS : collections.stream().map(String::strip).toList();
        if (names.isEmpty() || names.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("--collections names an empty collection; choose from "
                    + String.join(", ", FolkCorpus.COLLECTIONS));
        }
        return new MelodySource.Folk(FolkCorpus.defaultRoot(), names);
    }
}
