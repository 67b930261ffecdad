package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.FolkCorpus;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.data.MelodySource;
import org.latentexplorer.model.MelodyVaeConfig;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;

/** Where a card says its held-out melodies come from, for today's cards and older ones. */
class HeldOutMelodiesTest {
    @TempDir
    Path dir;

    private static ModelCard card(String dataset, String command, Map<String, Double> settings) {
        return new ModelCard(ModelCard.FORMAT_VERSION, ModelKind.MELODY, "m", "", null,
                dataset == null ? null : new ModelCard.Dataset(dataset, 1, 1, List.of()),
                new ModelCard.Training(1, 1, 0.001f, "constant", 0.2f, 1, 0, command, settings), null, null, "now",
                new MelodyVaeConfig(8, 8, 2, 32));
    }

    @Test
    void theShippedCardNamesTheFolkCollectionsAndItsSplit() throws IOException {
        HeldOutMelodies.Source source = HeldOutMelodies.source(ModelStore.readCard(ModelCatalog.defaultRoot().resolve("melody-vae")), null);
        MelodySource.Folk folk = assertInstanceOf(MelodySource.Folk.class, source.corpus());
        assertEquals(FolkCorpus.COLLECTIONS, folk.collections());
        assertEquals(10, source.testEvery(), "the train command's default, recorded in the card");
        assertEquals(4, source.trainHop(), "--hop 4, recorded in the card");
    }

    @Test
    void settingsComeFirstThenTheCommandThenTheDefaults() throws IOException {
        HeldOutMelodies.Source fromSettings = HeldOutMelodies.source(card("midi: [/a, /b c]", "./latent train --test-every 3 --hop 4",
                Map.of(ModelCard.Training.TEST_EVERY, 7.0, ModelCard.Training.TRAIN_HOP, 8.0)), List.of());
        assertEquals(new MelodySource.Midi(List.of(Path.of("/a"), Path.of("/b c"))), fromSettings.corpus());
        assertEquals(7, fromSettings.testEvery());
        assertEquals(8, fromSettings.trainHop());
        HeldOutMelodies.Source fromCommand = HeldOutMelodies.source(card("midi: [/a]", "./latent train --test-every 3 --hop=4 -o x", null), null);
        assertEquals(3, fromCommand.testEvery());
        assertEquals(4, fromCommand.trainHop());
        HeldOutMelodies.Source defaults = HeldOutMelodies.source(card("midi: [/a]", "./latent train --hop-size 5", null), null);
        assertEquals(10, defaults.testEvery());
        assertEquals(16, defaults.trainHop());
        assertEquals(new MelodySource.Midi(List.of(dir)), HeldOutMelodies.source(card("midi: [/a]", null, null), List.of(dir)).corpus(), "--midi wins");
    }

    @Test
    void aCardWithoutACorpusOrAMissingFolderSaysToGiveMidi() throws IOException {
        IOException none = assertThrows(IOException.class, () -> HeldOutMelodies.source(card(null, "x", null), null));
        assertTrue(none.getMessage().contains("does not say where its corpus is") && none.getMessage().endsWith("--midi"), none.getMessage());
        IOException other = assertThrows(IOException.class, () -> HeldOutMelodies.source(card("mnist", "x", null), List.of()));
        assertTrue(other.getMessage().contains("\"mnist\""), other.getMessage());

        Path gone = dir.resolve("gone");
        NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                () -> HeldOutMelodies.load(HeldOutMelodies.source(card("midi: [" + gone + "]", "x", null), null)));
        assertEquals(gone.toString(), missing.getFile());
        assertTrue(missing.getReason().contains("--midi"), missing.getReason());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        IOException nothing = assertThrows(IOException.class,
                () -> HeldOutMelodies.load(HeldOutMelodies.source(card("midi: [" + empty + "]", "x", null), null)));
        assertTrue(nothing.getMessage().contains("holds 0 held-out melodies"), nothing.getMessage());
    }
}
