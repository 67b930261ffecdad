package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ABC tunes written here, converted by the setup's conversion, read back as melodies: notes on the right steps, meters
 * and broken tunes reported, the split by tune.
 */
class FolkCorpusTest {
    private static final int N = Melody.NO_EVENT;

    @TempDir
    Path work;

    private Path tiny() throws Exception {
        return FolkFixture.convert(work, Map.of("tiny/book.abc", String.join("\n",
                FolkFixture.PICKUP_REEL, FolkFixture.CHORDED_POLKA, FolkFixture.JIG, FolkFixture.BROKEN)));
    }

    private static Map<String, MelodyCorpus.FileReport> byName(MelodyCorpus corpus) {
        return corpus.reports().stream().collect(Collectors.toMap(MelodyCorpus.FileReport::name, Function.identity()));
    }

    private static int on(int pitch) {
        return Melody.noteOn(pitch);
    }

    @Test
    void aReelWithAPickupGivesItsBarsFromTheFirstDownbeatWithoutItsOrnaments() throws Exception {
        MelodyCorpus corpus = MelodyCorpus.load(new MelodySource.Folk(tiny(), List.of("tiny")), 0, 16);
        MelodyCorpus.FileReport reel = byName(corpus).get("tiny/book/1");
        // G2AB c2BA | G2B2 d4 (the trill and the roll taken out), each eighth two steps, from the bar after the pickup D
        int[] firstTwoBars = {on(67), N, N, N, on(69), N, on(71), N, on(72), N, N, N, on(71), N, on(69), N,
                on(67), N, N, N, on(71), N, N, N, on(74), N, N, N, N, N, N, N};
        List<Melody> melodies = reel.extraction().melodies();
        assertArrayEquals(firstTwoBars, melodies.get(0).events(), melodies.get(0).toString());
        assertEquals(96, melodies.get(0).bpm(), 1e-9, "the tune's Q:1/4=96");
        // six bars give five windows a bar apart; bars 5-6 repeat bars 1-2; the pickup is no bar of its own
        assertEquals(4, melodies.size());
        assertEquals(Map.of(DropReason.DUPLICATE, 1, DropReason.IRREGULAR_BAR, 1), reel.extraction().dropped());
    }

    @Test
    void aTwoFourTuneKeepsItsMelodyLineOnlyAndTakesFourBarsAWindow() throws Exception {
        MelodyCorpus corpus = MelodyCorpus.load(new MelodySource.Folk(tiny(), List.of("tiny")), 0, 16);
        List<Melody> polka = byName(corpus).get("tiny/book/2").extraction().melodies();
        // d4 f4 | e4 c4 | d2f2 a4 | z8 in D major, sixteenths: the "G" chord over the rest plays nothing
        int[] firstFourBars = {on(74), N, N, N, on(78), N, N, N, on(76), N, N, N, on(73), N, N, N,
                on(74), N, on(78), N, on(81), N, N, N, Melody.NOTE_OFF, N, N, N, N, N, N, N};
        assertArrayEquals(firstFourBars, polka.get(0).events(), polka.get(0).toString());
        assertEquals(2, polka.size(), "seven 2/4 bars hold two windows of four bars, two bars apart");
    }

    @Test
    void aJigIsLeftOutForItsMeterAndABrokenTuneIsSkippedWithItsNameAndWhy() throws Exception {
        MelodyCorpus corpus = MelodyCorpus.load(new MelodySource.Folk(tiny(), List.of("tiny")), 0, 16);
        Map<String, MelodyCorpus.FileReport> reports = byName(corpus);
        assertEquals(4, reports.size());
        MelodyCorpus.FileReport jig = reports.get("tiny/book/3");
        assertEquals("meter 6/8 is not duple", jig.excluded());
        assertFalse(jig.skipped());
        MelodyCorpus.FileReport broken = reports.get("tiny/book/4");
        assertTrue(broken.skipped());
        assertTrue(broken.problem().startsWith("tiny/book/4 (Broken): abc2midi wrote no MIDI"), broken.problem());
        assertTrue(broken.problem().contains("K:"), broken.problem());
        assertEquals(List.of("tiny/book/1", "tiny/book/2"), corpus.songs().stream().map(MelodyCorpus.Song::name).toList(),
                "the other tunes are still read");
        assertTrue(corpus.songs().stream().allMatch(song -> song.collection().equals("tiny")));
    }

    @Test
    void eachCollectionIsSummarizedWithItsDropsAndItsSplit() throws Exception {
        Path root = FolkFixture.convert(work, Map.of("tinyA/book.abc", String.join("\n",
                        FolkFixture.PICKUP_REEL, FolkFixture.CHORDED_POLKA, FolkFixture.JIG, FolkFixture.BROKEN),
                "tinyB/more.abc", FolkFixture.JIG.replace("X:3", "X:7") + "\n" + FolkFixture.CHORDED_POLKA.replace("X:2", "X:8")));
        MelodyCorpus corpus = MelodyCorpus.load(new MelodySource.Folk(root, List.of("tinyA", "tinyB")), 1, 16);
        List<CollectionSummary> summaries = CollectionSummary.of(corpus);
        assertEquals(List.of("tinyA", "tinyB", "all"), summaries.stream().map(CollectionSummary::name).toList());
        CollectionSummary a = summaries.get(0);
        assertEquals(4, a.songs());
        assertEquals(1, a.skipped());
        assertEquals(Map.of("meter 6/8 is not duple", 1), a.excluded());
        assertEquals(4 + 2, a.kept());
        CollectionSummary b = summaries.get(1);
        assertEquals(2, b.songs());
        assertEquals(0, b.skipped());
        assertEquals(2, b.kept());
        assertEquals(0, b.test().melodies() + b.train().melodies(), "tinyB's polka repeats tinyA's: de-duplicated away");
        CollectionSummary all = summaries.get(2);
        assertEquals(6, all.songs());
        assertEquals(Map.of("meter 6/8 is not duple", 2), all.excluded());
        assertEquals(a.test().melodies() + a.train().melodies(), all.test().melodies() + all.train().melodies());
        assertEquals(2, a.test().songs(), "test-every 1 holds out every tune");
    }

    @Test
    void theSplitIsByTuneAndStaysPutWhenTunesAreAdded() {
        int held = 0;
        for (int i = 0; i < 10_000; i++) {
            held += FolkCorpus.isTestTune("essenFolksong/altdeu10/" + i, 10) ? 1 : 0;
        }
        assertTrue(held > 900 && held < 1100, "about one tune in ten is held out: " + held);
        String tune = "oneills1850/0001-0050/2";
        boolean side = FolkCorpus.isTestTune(tune, 10);
        assertEquals(side, FolkCorpus.isTestTune(tune, 10));
        assertFalse(FolkCorpus.isTestTune(tune, 0), "test-every 0 holds nothing out");
    }

    @Test
    void theSplitOfAConvertedCorpusDoesNotMoveWhenACollectionGrows() throws Exception {
        Path first = FolkFixture.convert(work.resolve("one"), Map.of("tiny/book.abc", FolkFixture.reels(1, 30)));
        List<String> heldOut = testTunes(MelodyCorpus.load(new MelodySource.Folk(first, List.of("tiny")), 4, 16));
        assertFalse(heldOut.isEmpty());
        Path grown = FolkFixture.convert(work.resolve("two"), Map.of(
                "tiny/book.abc", FolkFixture.reels(1, 30) + FolkFixture.reels(31, 40),
                "tiny/other.abc", FolkFixture.PICKUP_REEL));
        List<String> heldOutAfter = testTunes(MelodyCorpus.load(new MelodySource.Folk(grown, List.of("tiny")), 4, 16));
        assertTrue(heldOutAfter.containsAll(heldOut), heldOut + " should stay held out in " + heldOutAfter);
    }

    private static List<String> testTunes(MelodyCorpus corpus) {
        return corpus.reports().stream().filter(MelodyCorpus.FileReport::test).map(MelodyCorpus.FileReport::name).toList();
    }

    @Test
    void aFolderWithoutTheConversionsMarkerIsNotACorpusAndAMissingCollectionIsNamed() throws Exception {
        Files.createDirectories(work.resolve("half/tiny/book"));
        NoSuchFileException unfinished = assertThrows(NoSuchFileException.class,
                () -> MelodyCorpus.load(new MelodySource.Folk(work.resolve("half"), List.of("tiny")), 10, 16));
        assertTrue(unfinished.getMessage().contains("not set up") && unfinished.getMessage().contains("./latent setup"),
                unfinished.getMessage());
        Path root = tiny();
        NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                () -> MelodyCorpus.load(new MelodySource.Folk(root, List.of("tiny", "nope")), 10, 16));
        assertEquals(root.resolve("nope").toString(), missing.getFile());
        assertTrue(missing.getReason().contains("holds tiny"), missing.getReason());
    }

    @Test
    void theConversionReplacesAnOldCorpusOnlyWhenTheNewOneIsComplete() throws Exception {
        Path root = tiny();
        String marker = Files.readString(root.resolve(FolkCorpus.MARKER));
        assertTrue(marker.contains("tunes=4") && marker.contains("failed=1"), marker);
        Path empty = Files.createDirectories(work.resolve("empty/none"));
        FolkFixture.Run failed = FolkFixture.run(empty.getParent().toString(), root.toString());
        assertTrue(failed.code() != 0 && failed.output().contains("no ABC tunes"), failed.output());
        assertEquals(marker, Files.readString(root.resolve(FolkCorpus.MARKER)), "the old corpus is untouched");
        try (var left = Files.list(work)) {
            assertNull(left.filter(p -> p.getFileName().toString().contains(".partial-")).findAny().orElse(null));
        }
    }

    @Test
    void aMissingMidiFileIsSkippedWithTheReasonTheConversionLogged() throws Exception {
        Path root = tiny();
        Files.delete(root.resolve("tiny/book/2.mid"));
        MelodyCorpus corpus = MelodyCorpus.load(new MelodySource.Folk(root, List.of("tiny")), 0, 16);
        MelodyCorpus.FileReport polka = byName(corpus).get("tiny/book/2");
        assertTrue(polka.skipped());
        assertTrue(polka.problem().startsWith("tiny/book/2 (Chorded Polka): "), polka.problem());
    }
}
