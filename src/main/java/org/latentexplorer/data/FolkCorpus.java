package org.latentexplorer.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The folk-tune corpus that setup converts from the ABC collections of the music21 wheel ({@code setup/folk_corpus.py}):
 * under the data root's {@code folk} folder, {@code COLLECTION/FILE/X.abc} is tune X of an ABC file and {@code X.mid}
 * its melody as abc2midi plays it; a tune abc2midi could not convert has {@code X.log} in place of its MIDI. A tune whose
 * meter is not duple is left out whole with its meter named; a broken one is skipped with its name and reason. The
 * split is by tune: a stable hash of {@code COLLECTION/FILE/X}, so a tune's windows all land on one side.
 */
public final class FolkCorpus {
    /** The collections of the music21 corpus that hold folk tunes as ABC, in the order they are read. */
    public static final List<String> COLLECTIONS = List.of("essenFolksong", "oneills1850", "airdsAirs", "ryansMammoth", "miscFolk");
    public static final String FOLDER = "folk";
    /** Written last by the conversion: the corpus is complete when it is there. */
    public static final String MARKER = "folk-corpus.properties";

    private FolkCorpus() {
    }

    /** {@code folk} under the data root, where setup puts the corpus. */
    public static Path defaultRoot() {
        return DataRoot.resolve(FOLDER);
    }

    /** What the conversion recorded (tunes, converted, failed, seconds, abc2midi's version); fails when it is not complete. */
    public static Properties facts(Path root) throws IOException {
        Path marker = root.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            throw new NoSuchFileException(root.toString(), null, "the folk-tune corpus is not set up here (no " + MARKER
                    + "): run ./latent setup (it needs pip and abc2midi), or use --corpus games or --midi FOLDER");
        }
        Properties facts = new Properties();
        try (Reader reader = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            facts.load(reader);
        }
        return facts;
    }

    /** Every tune of the source's collections, read into melodies (test tunes one window a bar, training ones every {@code trainHop}). */
    static List<MelodyCorpus.FileReport> read(MelodySource.Folk source, int testEvery, int trainHop) throws IOException {
        facts(source.root());
        List<MelodyCorpus.FileReport> reports = new ArrayList<>();
        for (String collection : source.collections()) {
            Path folder = source.root().resolve(collection);
            if (!Files.isDirectory(folder)) {
                throw new NoSuchFileException(folder.toString(), null, "no such folk collection; " + source.root() + " holds "
                        + String.join(", ", collections(source.root())));
            }
            for (Path abc : tunes(folder)) {
                reports.add(read(collection, abc, testEvery, trainHop));
            }
        }
        return reports;
    }

    /** The collections present under {@code root}. */
    public static List<String> collections(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static MelodyCorpus.FileReport read(String collection, Path abc, int testEvery, int trainHop) {
        String id = abc.getFileName().toString().replaceFirst("\\.abc$", "");
        String name = collection + "/" + abc.getParent().getFileName() + "/" + id;
        boolean test = isTestTune(name, testEvery);
        Path midi = abc.resolveSibling(id + ".mid");
        AbcHeader header;
        try {
            header = AbcHeader.read(abc);
        } catch (IOException e) {
            return MelodyCorpus.FileReport.skipped(abc, name, collection, name + ": " + e.getMessage(), test);
        }
        String label = header.title().isEmpty() ? name : name + " (" + header.title() + ")";
        if (!Files.exists(midi)) {
            String problem = conversionProblem(abc.resolveSibling(id + ".log"));
            return MelodyCorpus.FileReport.skipped(abc, name, collection, label + ": " + problem, test);
        }
        String meterProblem = header.meter().problem();
        if (meterProblem != null) {
            return MelodyCorpus.FileReport.excluded(midi, name, collection, meterProblem, test);
        }
        try {
            return MelodyCorpus.FileReport.read(midi, name, collection,
                    FolkTuneExtractor.extract(midi, MidiFileReader.read(midi), test ? Melody.STEPS_PER_BAR : trainHop), test);
        } catch (IOException e) {
            return MelodyCorpus.FileReport.skipped(midi, name, collection, label + ": " + e.getMessage(), test);
        } catch (RuntimeException e) {
            return MelodyCorpus.FileReport.skipped(midi, name, collection, label + ": cannot be read (" + e + ")", test);
        }
    }

    /** The first line of what abc2midi said when it wrote no MIDI. */
    private static String conversionProblem(Path log) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.findFirst().filter(line -> !line.isBlank()).orElse("abc2midi wrote no MIDI");
        } catch (IOException | RuntimeException e) {
            return "no MIDI file beside it (the conversion did not finish)";
        }
    }

    /** The tunes of a collection: {@code FILE/X.abc}, files by name, tunes by number. */
    private static List<Path> tunes(Path collection) throws IOException {
        List<Path> tunes = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> entries = Files.list(collection)) {
            files = entries.filter(Files::isDirectory).sorted().toList();
        }
        for (Path file : files) {
            try (Stream<Path> entries = Files.list(file)) {
                entries.filter(p -> p.getFileName().toString().endsWith(".abc")).sorted(BY_TUNE_NUMBER).forEach(tunes::add);
            }
        }
        return tunes;
    }

    private static final Comparator<Path> BY_TUNE_NUMBER = Comparator
            .comparingLong((Path p) -> leadingNumber(p.getFileName().toString()))
            .thenComparing(p -> p.getFileName().toString());

    private static long leadingNumber(String name) {
        int end = 0;
        while (end < name.length() && end < 18 && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 ? Long.MAX_VALUE : Long.parseLong(name.substring(0, end));
    }

    /** About one tune in {@code testEvery} is held out, by a hash of its name that does not change as tunes are added. */
    static boolean isTestTune(String name, int testEvery) {
        if (testEvery <= 0) {
            return false;
        }
        int hash = name.hashCode() * 0x9E3779B1;
        return Integer.remainderUnsigned(hash >>> 7, testEvery) == 0;
    }
}
