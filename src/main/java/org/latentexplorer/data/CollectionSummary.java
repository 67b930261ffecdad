package org.latentexplorer.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A corpus's counts for one collection (or for all its MIDI files): songs read, skipped and left out whole (and why),
 * windows kept and dropped (and why), and the songs and melodies on each side of the split after de-duplication.
 *
 * @param name     the folk collection, or {@code null} for MIDI files
 * @param excluded songs left out whole, by reason (e.g. "meter 6/8 is not duple"), most first
 * @param kept     windows kept within each song, before de-duplication across songs
 */
public record CollectionSummary(String name, int songs, int skipped, Map<String, Integer> excluded, int kept,
                                Map<DropReason, Integer> dropped, Side train, Side test) {
    /** One side of the split after de-duplication across the corpus: songs with at least one melody, and melodies. */
    public record Side(int songs, int melodies) {
    }

    public CollectionSummary {
        excluded = Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
        Map<DropReason, Integer> copy = new EnumMap<>(DropReason.class);
        copy.putAll(dropped);
        dropped = Collections.unmodifiableMap(copy);
    }

    public int excludedTotal() {
        return excluded.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int droppedTotal() {
        return dropped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One summary per collection in reading order, then (when there are more than one) the whole corpus as {@code "all"}. */
    public static List<CollectionSummary> of(MelodyCorpus corpus) {
        Map<String, List<MelodyCorpus.FileReport>> reports = new LinkedHashMap<>();
        for (MelodyCorpus.FileReport report : corpus.reports()) {
            reports.computeIfAbsent(key(report.collection()), k -> new ArrayList<>()).add(report);
        }
        Map<String, List<MelodyCorpus.Song>> songs = new LinkedHashMap<>();
        for (MelodyCorpus.Song song : corpus.songs()) {
            songs.computeIfAbsent(key(song.collection()), k -> new ArrayList<>()).add(song);
        }
        List<CollectionSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, List<MelodyCorpus.FileReport>> entry : reports.entrySet()) {
            String name = entry.getKey().isEmpty() ? null : entry.getKey();
            summaries.add(summarize(name, entry.getValue(), songs.getOrDefault(entry.getKey(), List.of())));
        }
        if (summaries.size() > 1) {
            summaries.add(summarize("all", corpus.reports(), corpus.songs()));
        }
        return summaries;
    }

    /** The whole corpus as one summary named {@code name}. */
    public static CollectionSummary total(MelodyCorpus corpus, String name) {
        return summarize(name, corpus.reports(), corpus.songs());
    }

    private static String key(String collection) {
        return Objects.requireNonNullElse(collection, "");
    }

    private static CollectionSummary summarize(String name, List<MelodyCorpus.FileReport> reports, List<MelodyCorpus.Song> songs) {
        int skipped = 0;
        int kept = 0;
        Map<String, Integer> excluded = new TreeMap<>();
        Map<DropReason, Integer> dropped = new EnumMap<>(DropReason.class);
        for (MelodyCorpus.FileReport report : reports) {
            if (report.skipped()) {
                skipped++;
            } else if (report.isExcluded()) {
                excluded.merge(report.excluded(), 1, Integer::sum);
            } else {
                kept += report.extraction().melodies().size();
                report.extraction().dropped().forEach((reason, count) -> dropped.merge(reason, count, Integer::sum));
            }
        }
        Map<String, Integer> mostFirst = new LinkedHashMap<>();
        excluded.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> mostFirst.put(e.getKey(), e.getValue()));
        return new CollectionSummary(name, reports.size(), skipped, mostFirst, kept, dropped, side(songs, false), side(songs, true));
    }

    private static Side side(List<MelodyCorpus.Song> songs, boolean test) {
        int count = 0;
        int melodies = 0;
        for (MelodyCorpus.Song song : songs) {
            if (song.test() == test) {
                count++;
                melodies += song.melodies().size();
            }
        }
        return new Side(count, melodies);
    }
}
