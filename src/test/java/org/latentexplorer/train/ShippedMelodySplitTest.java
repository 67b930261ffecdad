package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.FolkCorpus;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.data.MelodySource;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelStore;

/**
 * The shipped melody model names its corpus so that its held-out songs can be rebuilt: the game music for the model
 * trained before the folk corpus (its card says "midi: [...]"), the folk collections after; the folk corpus is read
 * only where setup has converted it.
 */
class ShippedMelodySplitTest {
    @Test
    void theShippedCardsCorpusRebuildsTheSameHeldOutSet() throws Exception {
        ModelCard card = ModelStore.readCard(ModelCatalog.defaultRoot().resolve("melody-vae"));
        MelodySource source = MelodySource.parse(card.dataset().name());
        Map<String, Double> settings = card.training().settings() == null ? Map.of() : card.training().settings();
        int testEvery = settings.getOrDefault("testEvery", 10.0).intValue();
        int trainHop = settings.getOrDefault("trainHop", 4.0).intValue(); // the game-music model's command: --hop 4
        if (source instanceof MelodySource.Midi) {
            assertEquals(MelodySource.games(), source);
        } else {
            MelodySource.Folk folk = assertInstanceOf(MelodySource.Folk.class, source);
            assumeTrue(Files.isRegularFile(folk.root().resolve(FolkCorpus.MARKER)), "the folk corpus is not set up here");
        }
        MelodyCorpus corpus = MelodyCorpus.load(source, testEvery, trainHop);
        assertEquals(card.dataset().testImages(), corpus.melodies(true).size());
        assertEquals(card.dataset().trainImages(), corpus.melodies(false).size());
        assertEquals(card.metrics().extra().get("testSongs").longValue(), corpus.songCount(true));
    }
}
