package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.latentexplorer.data.DropReason;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.data.MidiMelodyExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Read MIDI files into two-bar melodies and report, per file, the windows kept and dropped (and why).",
                "With no folders, reads the default corpus: the game music of Debian's openttd-openmsx, simutrans-data and"
                        + " planetblupi-music-midi."})
final class CorpusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "MIDI", description = "MIDI files or folders (searched recursively)")
    List<Path> sources;

    @Option(names = "--test-every", defaultValue = "10",
            description = "about one song in N goes to the held-out test side (default: ${DEFAULT-VALUE})")
    int testEvery;

    @Option(names = "--quiet", description = "print only the totals")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (testEvery < 1) {
            throw new IllegalArgumentException("--test-every must be 1 or more (about one song in N is held out), got " + testEvery);
        }
        List<Path> folders = sources == null || sources.isEmpty() ? MelodyCorpus.DEFAULT_FOLDERS : sources;
        MelodyCorpus corpus = MelodyCorpus.load(folders, testEvery);
        Map<DropReason, Integer> dropped = new EnumMap<>(DropReason.class);
        int kept = 0;
        int skipped = 0;
        for (MelodyCorpus.FileReport report : corpus.reports()) {
            if (report.skipped()) {
                skipped++;
                err.println("warning: skipped " + report.problem());
                continue;
            }
            MidiMelodyExtractor.Extraction extraction = report.extraction();
            kept += extraction.melodies().size();
            extraction.dropped().forEach((reason, count) -> dropped.merge(reason, count, Integer::sum));
            if (!quiet) {
                out.printf("%-60s %s kept %5d  dropped %5d%s%n", report.file(), report.test() ? "test " : "train",
                        extraction.melodies().size(), extraction.droppedTotal(), reasons(extraction.dropped()));
            }
        }
        err.flush();
        int files = corpus.reports().size();
        out.printf("%d files (%d skipped): %d windows kept, %d dropped%s%n", files, skipped, kept,
                dropped.values().stream().mapToInt(Integer::intValue).sum(), reasons(dropped));
        out.printf("after de-duplication across files: train %d melodies from %d songs, test %d melodies from %d songs%n",
                corpus.melodies(false).size(), corpus.songCount(false), corpus.melodies(true).size(), corpus.songCount(true));
        out.flush();
        if (corpus.songs().isEmpty()) {
            err.println("error: no usable melodies in " + folders + ": " + describeEmpty(files, skipped));
            return 1;
        }
        return 0;
    }

    private static String describeEmpty(int files, int skipped) {
        if (files == 0) {
            return "no MIDI files (.mid, .midi, .kar) found";
        }
        if (skipped == files) {
            return "all " + files + " MIDI files were unreadable";
        }
        return (files - skipped) + " readable MIDI files, but no two-bar 4/4 window with enough notes";
    }

    private static String reasons(Map<DropReason, Integer> dropped) {
        if (dropped.isEmpty()) {
            return "";
        }
        return dropped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().description())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
