package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.DataRoot;
import org.latentexplorer.data.FolkCorpus;
import org.latentexplorer.data.FolkFixture;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.data.MelodySource;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelStore;

/** corpus and train on the folk tunes: the default corpus, reported per collection, recorded in the model card. */
class FolkCorpusCommandTest {
    @TempDir
    Path data;

    private String savedRoot;

    @BeforeEach
    void useATemporaryDataRoot() {
        savedRoot = System.getProperty(DataRoot.PROPERTY);
        System.setProperty(DataRoot.PROPERTY, data.toString());
    }

    @AfterEach
    void restoreTheDataRoot() {
        if (savedRoot == null) {
            System.clearProperty(DataRoot.PROPERTY);
        } else {
            System.setProperty(DataRoot.PROPERTY, savedRoot);
        }
    }

    private void convertTinyCollections() throws Exception {
        FolkFixture.convert(data, Map.of("tinyA/book.abc", String.join("\n",
                        FolkFixture.PICKUP_REEL, FolkFixture.CHORDED_POLKA, FolkFixture.JIG, FolkFixture.BROKEN),
                "tinyB/more.abc", FolkFixture.JIG.replace("X:3", "X:7")));
    }

    @Test
    void corpusReportsEachCollectionAndTheWholeAndWarnsOfTheBrokenTuneByName() throws Exception {
        convertTinyCollections();
        CliTestSupport.Result result = CliTestSupport.runOk("corpus", "--collections", "tinyA,tinyB");
        String out = result.out();
        assertTrue(out.contains("tinyA: 4 tunes, 1 skipped, 1 not in a duple meter (2/4, 4/4, 2/2) (1 in 6/8)"), out);
        assertTrue(out.contains("  windows: 6 kept, 2 dropped (1 in a bar of irregular length"), out);
        assertTrue(out.contains("tinyB: 1 tunes, 0 skipped, 1 not in a duple meter (2/4, 4/4, 2/2) (1 in 6/8)"), out);
        assertTrue(out.contains("all: 5 tunes, 1 skipped, 2 not in a duple meter"), out);
        assertTrue(out.contains("4 tunes converted by abc2midi"), out);
        assertEquals(List.of("warning: skipped tinyA/book/4 (Broken): abc2midi wrote no MIDI: "),
                result.errLines().stream().map(line -> line.replaceFirst("MIDI: .*", "MIDI: ")).toList(), result.err());
    }

    @Test
    void withoutTheFolkCorpusCorpusAndTrainSayHowToGetIt() {
        CliTestSupport.run("corpus").assertOneLineError(1, data.resolve("folk").toString(), "not set up", "./latent setup",
                "--corpus games");
        CliTestSupport.run("train", "--kind", "melody", "-o", data.resolve("m").toString())
                .assertOneLineError(1, "not set up", "./latent setup");
        assertTrue(Files.notExists(data.resolve("m")));
    }

    @Test
    void anUnknownCollectionIsNamedWithTheOnesThereAre() throws Exception {
        convertTinyCollections();
        CliTestSupport.run("corpus", "--collections", "tinyA,nope")
                .assertOneLineError(1, data.resolve("folk/nope").toString(), "no such folk collection", "holds tinyA, tinyB");
    }

    @Test
    void theCorpusIsChosenOnceAndCollectionsBelongToTheFolkCorpus() {
        CliTestSupport.run("corpus", "--corpus", "games", data.toString()).assertOneLineError(1, "MIDI files and --corpus");
        CliTestSupport.run("train", "--kind", "melody", "--corpus", "folk", "--midi", data.toString(), "-o", data.resolve("m").toString())
                .assertOneLineError(1, "--midi and --corpus");
        CliTestSupport.run("corpus", "--corpus", "games", "--collections", "miscFolk")
                .assertOneLineError(1, "--collections", "--corpus games");
        CliTestSupport.run("corpus", "--corpus", "tunes").assertOneLineError(2, "--corpus", "folk", "games");
    }

    @Test
    void trainingOnTheFolkTunesRecordsTheCollectionsAndTheSplitSoTheHeldOutSetCanBeRebuilt() throws Exception {
        FolkFixture.convert(data, Map.of("tiny/book.abc", FolkFixture.reels(1, 12)));
        Path model = data.resolve("folk-vae");
        CliTestSupport.runOk("train", "--kind", "melody", "--collections", "tiny", "--test-every", "3", "--hop", "8", "--epochs", "1",
                "--encoder", "8", "--decoder", "8", "--latent", "2", "--batch", "8", "-o", model.toString());
        ModelCard card = ModelStore.readCard(model);
        assertEquals("folk: [tiny]", card.dataset().name());
        assertEquals(3.0, card.training().settings().get("testEvery"));
        assertEquals(8.0, card.training().settings().get("trainHop"));
        assertEquals(5.0, card.training().settings().get("transpose"), "the ±5 transposition stays the default");
        MelodySource source = MelodySource.parse(card.dataset().name());
        assertEquals(new MelodySource.Folk(FolkCorpus.defaultRoot(), List.of("tiny")), source);
        MelodyCorpus rebuilt = MelodyCorpus.load(source, 3, 8);
        assertEquals(card.dataset().testImages(), rebuilt.melodies(true).size());
        assertTrue(card.dataset().classNames().contains("tiny/book/1"), card.dataset().classNames().toString());
    }
}
