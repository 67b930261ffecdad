package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The folk corpus as setup converted it on this machine (skipped where setup could not fetch it): all its tunes, read. */
class InstalledFolkCorpusTest {
    private static final Map<String, Integer> TUNES = Map.of("essenFolksong", 8514, "oneills1850", 2009, "airdsAirs", 1180,
            "ryansMammoth", 1059, "miscFolk", 185);

    @Test
    void everyCollectionOfTheWheelIsThereAndItsDupleTunesGiveMelodies() throws Exception {
        MelodySource.Folk folk = MelodySource.folk();
        assumeTrue(Files.isRegularFile(folk.root().resolve(FolkCorpus.MARKER)), "the folk corpus is not set up in " + folk.root());
        MelodyCorpus corpus = MelodyCorpus.load(folk, 10, Melody.STEPS_PER_BAR);
        List<CollectionSummary> summaries = CollectionSummary.of(corpus);
        for (CollectionSummary summary : summaries.subList(0, FolkCorpus.COLLECTIONS.size())) {
            assertEquals(TUNES.get(summary.name()), summary.songs(), summary.name());
            int duple = summary.songs() - summary.skipped() - summary.excludedTotal();
            int withMelodies = summary.train().songs() + summary.test().songs();
            assertTrue(withMelodies > 0.8 * duple, summary.name() + ": " + withMelodies + " of " + duple + " duple tunes give melodies");
            assertTrue(summary.skipped() < 0.01 * summary.songs(), summary.name() + ": " + summary.skipped() + " skipped");
        }
        CollectionSummary all = summaries.get(summaries.size() - 1);
        double heldOut = all.test().songs() / (double) (all.test().songs() + all.train().songs());
        assertTrue(heldOut > 0.08 && heldOut < 0.12, "about one tune in ten is held out: " + heldOut);
        assertTrue(all.train().melodies() > 50_000, "training melodies: " + all.train().melodies());
    }
}
