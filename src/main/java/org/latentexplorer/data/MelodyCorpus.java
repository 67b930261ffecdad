package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two-bar melodies from a {@link MelodySource}: folders of MIDI files, or the folk tunes setup converts
 * ({@link FolkCorpus}), split into train and test by song: every window of a song lands on the same side, so test
 * melodies come from songs the model never saw. A file or tune that cannot be read is reported with its reason and
 * skipped; a folk tune whose meter is not duple is reported as excluded.
 */
public final class MelodyCorpus {
    /** Debian's game music: OpenMSX (OpenTTD), Simutrans and Planet Blupi. */
    public static final List<Path> DEFAULT_FOLDERS = List.of(
            Path.of("/usr/share/games/openttd/baseset/openmsx"),
            Path.of("/usr/share/games/simutrans/music"),
            Path.of("/usr/share/planetblupi/music"));

    /**
     * One file's or tune's outcome: its extraction; or the reason it was skipped ({@code problem}: unreadable, broken);
     * or, for a readable tune left out whole, why ({@code excluded}, e.g. its meter).
     *
     * @param name       the song's name: a MIDI file's name, or a folk tune's {@code COLLECTION/FILE/X}
     * @param collection the folk collection, or {@code null} for MIDI files
     */
    public record FileReport(Path file, String name, String collection, MidiMelodyExtractor.Extraction extraction, String problem,
                             String excluded, boolean test) {
        public FileReport(Path file, MidiMelodyExtractor.Extraction extraction, String problem, boolean test) {
            this(file, fileName(file), null, extraction, problem, null, test);
        }

        static FileReport read(Path file, String name, String collection, MidiMelodyExtractor.Extraction extraction, boolean test) {
            return new FileReport(file, name, collection, extraction, null, null, test);
        }

        static FileReport skipped(Path file, String name, String collection, String problem, boolean test) {
            return new FileReport(file, name, collection, null, problem, null, test);
        }

        static FileReport excluded(Path file, String name, String collection, String why, boolean test) {
            return new FileReport(file, name, collection, null, null, why, test);
        }

        /** Unreadable or broken; an excluded tune is not skipped. */
        public boolean skipped() {
            return extraction == null && excluded == null;
        }

        public boolean isExcluded() {
            return excluded != null;
        }
    }

    /**
     * A song's melodies, de-duplicated across the corpus; {@code test} says which side of the split.
     *
     * @param name       a MIDI file's name, or a folk tune's {@code COLLECTION/FILE/X}
     * @param collection the folk collection, or {@code null} for MIDI files
     */
    public record Song(Path file, String name, String collection, List<Melody> melodies, boolean test) {
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
        return load(new MelodySource.Midi(sources), testEvery, trainHopSteps);
    }

    /**
     * The melodies of a source, about one song in {@code testEvery} held out (by a hash of its name), the training
     * songs' windows every {@code trainHopSteps} sixteenths and the test songs' one a bar. A melody already seen in an
     * earlier song (in reading order) is left out.
     */
    public static MelodyCorpus load(MelodySource source, int testEvery, int trainHopSteps) throws IOException {
        if (trainHopSteps < 1 || Melody.STEPS_PER_BAR % trainHopSteps != 0) {
            throw new IllegalArgumentException("the window hop must divide " + Melody.STEPS_PER_BAR + " steps, got " + trainHopSteps);
        }
        List<FileReport> reports = source instanceof MelodySource.Folk folk
                ? FolkCorpus.read(folk, testEvery, trainHopSteps)
                : midiReports(((MelodySource.Midi) source).sources(), testEvery, trainHopSteps);
        List<Song> songs = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (FileReport report : reports) {
            if (report.extraction() == null) {
                continue;
            }
            List<Melody> fresh = new ArrayList<>();
            for (Melody melody : report.extraction().melodies()) {
                if (seen.add(Arrays.stream(melody.events()).boxed().toList())) {
                    fresh.add(melody);
                }
            }
            if (!fresh.isEmpty()) {
                songs.add(new Song(report.file(), report.name(), report.collection(), fresh, report.test()));
            }
        }
        return new MelodyCorpus(reports, songs);
    }

    private static List<FileReport> midiReports(List<Path> sources, int testEvery, int trainHopSteps) throws IOException {
        List<FileReport> reports = new ArrayList<>();
        for (Found found : midiFiles(sources)) {
            Path file = found.file();
            boolean test = isTestSong(file, testEvery);
            if (found.problem() != null) {
                reports.add(new FileReport(file, null, found.problem(), test));
                continue;
            }
            try {
                reports.add(new FileReport(file, MidiMelodyExtractor.extract(file, test ? Melody.STEPS_PER_BAR : trainHopSteps), null, test));
            } catch (IOException e) {
                reports.add(new FileReport(file, null, e.getMessage(), test));
            } catch (RuntimeException e) {
                reports.add(new FileReport(file, null, file + ": cannot be read (" + e + ")", test));
            }
        }
        return reports;
    }

    private static String fileName(Path file) {
        return String.valueOf(file.getFileName() == null ? file : file.getFileName());
    }

    /** A MIDI file to read, or one found but unusable (a folder that cannot be listed, a named pipe) with why. */
    public record Found(Path file, String problem) {
    }

    /**
     * The MIDI files of the sources in order: a file as given, a folder searched recursively. A source
     * that does not exist or cannot be read is an error; inside a folder, a subfolder that cannot be
     * listed or a MIDI name that is not a regular file is reported and skipped.
     */
    public static List<Found> midiFiles(List<Path> sources) throws IOException {
        List<Found> found = new ArrayList<>();
        for (Path source : sources) {
            if (!Files.exists(source)) {
                InputFiles.requireFile(source, "no such file or folder"); // says whether missing or hidden by permissions
            }
            if (!Files.isDirectory(source)) {
                found.add(given(source));
                continue;
            }
            InputFiles.requireFolder(source, "no such file or folder");
            List<Found> inFolder = new ArrayList<>();
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (isMidi(file)) {
                        inFolder.add(attributes.isRegularFile() ? new Found(file, null) : given(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String reason = e instanceof AccessDeniedException ? "cannot be read (permission denied)" : "cannot be read (" + e.getMessage() + ")";
                    inFolder.add(new Found(file, file + ": " + reason));
                    return FileVisitResult.CONTINUE;
                }
            });
            inFolder.sort(Comparator.comparing(Found::file));
            found.addAll(inFolder);
        }
        return found;
    }

    /** A file named by the user, or found through a link: refused unread when it is not a readable regular file. */
    private static Found given(Path file) {
        try {
            InputFiles.requireFile(file, "no such file or folder");
            return new Found(file, null);
        } catch (IOException e) {
            return new Found(file, e.getMessage());
        }
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
