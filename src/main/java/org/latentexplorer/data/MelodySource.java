package org.latentexplorer.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a melody corpus comes from: the folk tunes that setup converts ({@link Folk}), or MIDI files and folders
 * ({@link Midi}: the game music or a user's own). {@link #describe()} is what a model card records as its dataset's
 * name, and {@link #parse(String)} reads it back, so that a model's held-out split can be rebuilt; cards written
 * before the folk corpus say {@code "midi: [FOLDER, ...]"} and still parse.
 */
public sealed interface MelodySource {
    String MIDI_PREFIX = "midi: ";
    String FOLK_PREFIX = "folk";

    /** The folk tunes converted under {@code root}, the named collections only, in this order. */
    record Folk(Path root, List<String> collections) implements MelodySource {
        public Folk {
            collections = List.copyOf(collections);
        }

        /** {@code "folk: [essenFolksong, ...]"}, with the folder when it is not the data root's. */
        @Override
        public String describe() {
            String where = root.equals(FolkCorpus.defaultRoot()) ? "" : " " + root;
            return FOLK_PREFIX + where + ": " + collections;
        }
    }

    /** MIDI files, and folders searched recursively. */
    record Midi(List<Path> sources) implements MelodySource {
        public Midi {
            sources = List.copyOf(sources);
        }

        @Override
        public String describe() {
            return MIDI_PREFIX + sources;
        }
    }

    String describe();

    /** All the folk collections in the data root. */
    static Folk folk() {
        return new Folk(FolkCorpus.defaultRoot(), FolkCorpus.COLLECTIONS);
    }

    /** The game music of Debian's openttd-openmsx, simutrans-data and planetblupi-music-midi. */
    static Midi games() {
        return new Midi(MelodyCorpus.DEFAULT_FOLDERS);
    }

    /** The source a card's dataset name describes, or {@code null} when the name is no corpus this app writes. */
    static MelodySource parse(String described) {
        if (described == null) {
            return null;
        }
        if (described.startsWith(MIDI_PREFIX)) {
            List<Path> paths = new ArrayList<>();
            for (String item : items(described.substring(MIDI_PREFIX.length()))) {
                paths.add(Path.of(item));
            }
            return paths.isEmpty() ? null : new Midi(paths);
        }
        int colon = described.indexOf(": [");
        if (described.startsWith(FOLK_PREFIX) && colon >= FOLK_PREFIX.length()) {
            String where = described.substring(FOLK_PREFIX.length(), colon).strip();
            List<String> collections = items(described.substring(colon + 2));
            return collections.isEmpty() ? null : new Folk(where.isEmpty() ? FolkCorpus.defaultRoot() : Path.of(where), collections);
        }
        return null;
    }

    /** The items of {@code "[a, b, c]"}. */
    private static List<String> items(String list) {
        String inner = list.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        List<String> items = new ArrayList<>();
        for (String item : inner.split(", ")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
