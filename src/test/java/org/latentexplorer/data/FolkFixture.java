package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Tiny folk corpora converted by the setup's own conversion ({@code setup/folk_corpus.py}, abc2midi): the tests
 * run after setup, which installs abc2midi; without it (or python3) they are skipped, not failed.
 */
public final class FolkFixture {
    public static final Path CONVERTER = Path.of("setup", "folk_corpus.py").toAbsolutePath();

    /**
     * A 4/4 reel with a one-eighth pickup, a trill and a roll (ornaments the conversion takes out); its first bars are
     * G2AB c2BA | G2B2 d4 in G major.
     */
    public static final String PICKUP_REEL = """
            X:1
            T:Pickup Reel
            M:4/4
            L:1/8
            Q:1/4=96
            K:G
            D|G2AB Tc2BA|~G2B2 d4|e2dc B2AG|A6 D2|G2AB c2BA|G2B2 d4|]
            """;
    /** A 2/4 polka with guitar chords, a bar of rest under a chord symbol: the melody line only must stay. */
    public static final String CHORDED_POLKA = """
            X:2
            T:Chorded Polka
            M:2/4
            L:1/16
            K:D
            "D"d4 f4|"A"e4 c4|"D"d2f2 a4|"G"z8|"D"a4 f4|"A"e4 c4|"D"d8|]
            """;
    public static final String JIG = """
            X:3
            T:Six Eight Jig
            M:6/8
            L:1/8
            K:G
            GAB c2d|e2d c2B|A3 G3|GAB c2d|e2d c2B|A3 G3|]
            """;
    /** No key abc2midi knows: it writes no MIDI. */
    public static final String BROKEN = """
            X:4
            T:Broken
            M:4/4
            L:1/8
            K:H
            CDEF GABc|c8|]
            """;

    private FolkFixture() {
    }

    /** The reel as tunes {@code from}..{@code to}, each transposed by its number of semitones (so no two share a melody). */
    public static String reels(int from, int to) {
        StringBuilder abc = new StringBuilder();
        for (int x = from; x <= to; x++) {
            abc.append(PICKUP_REEL.replace("X:1", "X:" + x).replace("K:G\n", "K:G\n%%MIDI transpose " + (x % 12) + "\n")).append('\n');
        }
        return abc.toString();
    }

    /** Skips the calling test when the conversion's tools are not installed. */
    public static void assumeConverter() {
        assumeTrue(Files.isRegularFile(CONVERTER), "no " + CONVERTER);
        assumeTrue(onPath("abc2midi"), "abc2midi is not installed (./latent setup installs Debian's abcmidi)");
        assumeTrue(onPath("python3"), "python3 is not installed");
    }

    /**
     * Writes {@code files} (collection/file.abc to ABC text) under {@code work}/abc and converts them into
     * {@code work}/folk as setup does; returns the corpus folder.
     */
    public static Path convert(Path work, Map<String, String> files) throws IOException, InterruptedException {
        assumeConverter();
        Path source = work.resolve("abc");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path abc = source.resolve(file.getKey());
            Files.createDirectories(abc.getParent());
            Files.writeString(abc, file.getValue(), StandardCharsets.UTF_8);
        }
        Path out = work.resolve("folk");
        Run run = run(source.toString(), out.toString());
        assertEquals(0, run.code(), run.output());
        return out;
    }

    /** The conversion's exit code and what it printed. */
    public record Run(int code, String output) {
    }

    public static Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", CONVERTER.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the conversion did not finish in 60 s: " + output);
        }
        return new Run(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
