package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.latentexplorer.data.CollectionSummary;
import org.latentexplorer.data.DropReason;
import org.latentexplorer.data.FolkCorpus;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.data.MelodySource;
import org.latentexplorer.data.MidiMelodyExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Read a melody corpus into two-bar melodies and report what was kept and dropped (and why):",
                "per collection for the folk tunes (the default, or --corpus folk), per file for MIDI files (--corpus games,"
                        + " or the files and folders given)."})
final class CorpusCommand implements Callable<Integer> {
    private static final int SHOWN_REASONS = 6;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "MIDI",
            description = "your own MIDI files or folders (searched recursively), in place of --corpus")
    List<Path> sources;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--test-every", defaultValue = "10",
            description = "about one song in N goes to the held-out test side (default: ${DEFAULT-VALUE})")
    int testEvery;

    @Option(names = "--hop", defaultValue = "16", description = "training windows start every N sixteenths, as train --hop"
            + " (default: ${DEFAULT-VALUE})")
    int hop;

    @Option(names = "--quiet", description = "print only the totals")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (testEvery < 1) {
            throw new IllegalArgumentException("--test-every must be 1 or more (about one song in N is held out), got " + testEvery);
        }
        if (hop < 1 || Melody.STEPS_PER_BAR % hop != 0) {
            throw new IllegalArgumentException("--hop must divide the " + Melody.STEPS_PER_BAR + " sixteenths of a bar, got " + hop
                    + " (accepted: 1, 2, 4, 8 or 16)");
        }
        MelodySource source = corpus.source(sources, "MIDI files");
        MelodyCorpus melodies = MelodyCorpus.load(source, testEvery, hop);
        for (MelodyCorpus.FileReport report : melodies.reports()) {
            if (report.skipped()) {
                err.println("warning: skipped " + report.problem());
            }
        }
        err.flush();
        if (source instanceof MelodySource.Folk folk) {
            printFolk(out, folk, CollectionSummary.of(melodies));
        } else {
            printFiles(out, melodies);
        }
        out.flush();
        if (melodies.songs().isEmpty()) {
            err.println("error: no usable melodies in " + source.describe() + ": " + describeEmpty(source, melodies));
            return 1;
        }
        return 0;
    }

    private void printFolk(PrintWriter out, MelodySource.Folk folk, List<CollectionSummary> summaries) throws Exception {
        Properties facts = FolkCorpus.facts(folk.root());
        out.printf("folk tunes in %s: %s tunes converted by abc2midi (%s) from %s in %s s, %s failed%n", folk.root(),
                facts.getProperty("converted", "?"), facts.getProperty("abc2midi", "?"), facts.getProperty("source", "?"),
                facts.getProperty("seconds", "?"), facts.getProperty("failed", "?"));
        for (CollectionSummary summary : summaries) {
            if (quiet && summaries.size() > 1 && !summary.name().equals("all")) {
                continue;
            }
            out.printf("%s: %d tunes, %d skipped, %d not in a duple meter (2/4, 4/4, 2/2)%s%n", summary.name(), summary.songs(),
                    summary.skipped(), summary.excludedTotal(), counts(summary.excluded()));
            out.printf("  windows: %d kept, %d dropped%s%n", summary.kept(), summary.droppedTotal(), reasons(summary.dropped()));
            out.printf("  after de-duplication: train %d melodies from %d tunes, test %d melodies from %d tunes%n",
                    summary.train().melodies(), summary.train().songs(), summary.test().melodies(), summary.test().songs());
        }
    }

    private void printFiles(PrintWriter out, MelodyCorpus melodies) {
        CollectionSummary all = CollectionSummary.total(melodies, null);
        if (!quiet) {
            for (MelodyCorpus.FileReport report : melodies.reports()) {
                if (!report.skipped()) {
                    MidiMelodyExtractor.Extraction extraction = report.extraction();
                    out.printf("%-60s %s kept %5d  dropped %5d%s%n", report.file(), report.test() ? "test " : "train",
                            extraction.melodies().size(), extraction.droppedTotal(), reasons(extraction.dropped()));
                }
            }
        }
        out.printf("%d files (%d skipped): %d windows kept, %d dropped%s%n", all.songs(), all.skipped(), all.kept(),
                all.droppedTotal(), reasons(all.dropped()));
        out.printf("after de-duplication across files: train %d melodies from %d songs, test %d melodies from %d songs%n",
                all.train().melodies(), all.train().songs(), all.test().melodies(), all.test().songs());
    }

    private static String describeEmpty(MelodySource source, MelodyCorpus melodies) {
        int files = melodies.reports().size();
        long skipped = melodies.reports().stream().filter(MelodyCorpus.FileReport::skipped).count();
        String kind = source instanceof MelodySource.Folk ? "tunes" : "MIDI files";
        if (files == 0) {
            return source instanceof MelodySource.Folk ? "no tunes found" : "no MIDI files (.mid, .midi, .kar) found";
        }
        if (skipped == files) {
            return "all " + files + " " + kind + " were unreadable";
        }
        return (files - skipped) + " readable " + kind + ", but no two-bar "
                + (source instanceof MelodySource.Folk ? "window in a duple meter" : "4/4 window") + " with enough notes";
    }

    /** The most frequent reasons (the map is ordered most first), the rest summed. */
    private static String counts(Map<String, Integer> excluded) {
        if (excluded.isEmpty()) {
            return "";
        }
        int limit = excluded.size() <= SHOWN_REASONS + 1 ? excluded.size() : SHOWN_REASONS;
        List<String> shown = excluded.entrySet().stream().limit(limit)
                .map(e -> e.getValue() + " " + e.getKey().replaceFirst("^meter (.*) is not duple$", "in $1"))
                .collect(Collectors.toCollection(ArrayList::new));
        int others = excluded.size() - shown.size();
        if (others > 0) {
            int rest = excluded.values().stream().skip(limit).mapToInt(Integer::intValue).sum();
            shown.add(rest + " in " + others + " other meters");
        }
        return String.join(", ", shown).transform(text -> " (" + text + ")");
    }

    private static String reasons(Map<DropReason, Integer> dropped) {
        if (dropped.isEmpty()) {
            return "";
        }
        return dropped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().description())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
