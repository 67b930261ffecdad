package org.latentexplorer.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Two-bar melodies from folders of MIDI files, split into train and test by song: every window of a
 * song lands on the same side, so test melodies come from songs the model never saw. A file that cannot
 * be read is reported with its reason and skipped.
 */
public final class MelodyCorpus {
    /** Debian's game music: OpenMSX (OpenTTD), Simutrans and Planet Blupi. */
    public static final List<Path> DEFAULT_FOLDERS = List.of(
            Path.of("/usr/share/games/openttd/baseset/openmsx"),
            Path.of("/usr/share/games/simutrans/music"),
            Path.of("/usr/share/planetblupi/music"));

    /** One file's outcome: its extraction, or the reason it was skipped. */
    public record FileReport(Path file, MidiMelodyExtractor.Extraction extraction, String problem, boolean test) {
        public boolean skipped() {
            return extraction == null;
        }
    }

    /** A song's melodies, de-duplicated across the corpus; {@code test} says which side of the split. */
    public record Song(Path file, List<Melody> melodies, boolean test) {
        public Song {
            melodies = List.copyOf(melodies);
        }
    }

    private final List<FileReport> reports;
    private final List<Song> songs;

    private MelodyCorpus(List<FileReport> reports, List<Song> songs) {
        this.reports = List.copyOf(reports);
        this.songs = List.copyOf(songs);
    }

    /**
     * Reads every {@code .mid}/{@code .midi} file under the folders (or the files themselves). About one
     * song in {@code testEvery} goes to the test side, chosen by a hash of its file name so the split
     * does not change when files are added.
     */
    public static MelodyCorpus load(List<Path> sources, int testEvery) throws IOException {
        return load(sources, testEvery, Melody.STEPS_PER_BAR);
    }

    /** As {@link #load(List, int)}; the training songs' windows start every {@code trainHopSteps} sixteenths. */
    public static MelodyCorpus load(List<Path> sources, int testEvery, int trainHopSteps) throws IOException {
        List<Path> files = midiFiles(sources);
        List<FileReport> reports = new ArrayList<>();
        List<Song> songs = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (Path file : files) {
            boolean test = isTestSong(file, testEvery);
            MidiMelodyExtractor.Extraction extraction;
            try {
                extraction = MidiMelodyExtractor.extract(file, test ? Melody.STEPS_PER_BAR : trainHopSteps);
            } catch (IOException e) {
                reports.add(new FileReport(file, null, e.getMessage(), test));
                continue;
            }
            reports.add(new FileReport(file, extraction, null, test));
            List<Melody> fresh = new ArrayList<>();
            for (Melody melody : extraction.melodies()) {
                if (seen.add(Arrays.stream(melody.events()).boxed().toList())) {
                    fresh.add(melody);
                }
            }
            if (!fresh.isEmpty()) {
                songs.add(new Song(file, fresh, test));
            }
        }
        return new MelodyCorpus(reports, songs);
    }

    public static List<Path> midiFiles(List<Path> sources) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path source : sources) {
            if (!Files.exists(source)) {
                throw new NoSuchFileException(source.toString(), null, "no such file or folder");
            }
            if (Files.isDirectory(source)) {
                try (Stream<Path> walk = Files.walk(source)) {
                    walk.filter(Files::isRegularFile).filter(MelodyCorpus::isMidi).sorted().forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else {
                files.add(source);
            }
        }
        return files;
    }

    private static boolean isMidi(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".mid") || name.endsWith(".midi") || name.endsWith(".kar");
    }

    static boolean isTestSong(Path file, int testEvery) {
        if (testEvery <= 0) {
            return false;
        }
        int hash = file.getFileName().toString().hashCode() * 0x9E3779B1;
        return Integer.remainderUnsigned(hash >>> 7, testEvery) == 0;
    }

    public List<FileReport> reports() {
        return reports;
    }

    public List<Song> songs() {
        return songs;
    }

    public List<Melody> melodies(boolean test) {
        return songs.stream().filter(song -> song.test() == test).flatMap(song -> song.melodies().stream()).toList();
    }

    public long songCount(boolean test) {
        return songs.stream().filter(song -> song.test() == test).count();
    }

    /** Each melody with its transpositions by -{@code semitones}..+{@code semitones} that stay in range. */
    public static List<Melody> transposed(List<Melody> melodies, int semitones) {
        List<Melody> out = new ArrayList<>();
        for (Melody melody : melodies) {
            for (int shift = -semitones; shift <= semitones; shift++) {
                melody.transpose(shift).ifPresent(out::add);
            }
        }
        return out;
    }
}
