package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.lab.MelodyAttribute;
import org.latentexplorer.latent.AttributeVectors;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelStore;

/** {@code evaluate} on a tiny melody model that {@code train} makes here in a few seconds, and its one-line errors. */
class EvaluateCommandTest {
    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void trainATinyModel() {
        model = dir.resolve("tiny-melody");
        CliTestSupport.runOk("train", "--kind", "melody", "--corpus", "games", "--encoder", "16", "--decoder", "32", "--latent", "8", "--epochs", "1",
                "--batch", "32", "--train-limit", "300", "--map-limit", "300", "--checkpoints", dir.resolve("ck").toString(),
                "-o", model.toString());
    }

    @Test
    void trainingWritesTheFiguresThatEvaluatePrintsAndTwoRunsPrintTheSame() throws IOException {
        ModelCard card;
        try (MelodySpace space = MelodySpace.open(model)) { // loads: the checksums still hold after the card gained figures
            card = space.card();
        }
        Map<String, Double> extra = card.metrics().extra();
        for (String figure : new String[] {"heldOut.stepAccuracy", "heldOut.noteRecall", "grid.smoothness", "dots.agreement",
                "corpus.melodyLike", "prior.melodyLike", "prior.octaveLeaps", "priorT1.melodyLike", "grid.melodyLike",
                "midpoints.melodyLike", "prior.tv.range", "grid.tv.notes"}) {
            assertTrue(extra.containsKey(figure), figure + " in " + extra.keySet());
        }
        assertEquals(extra.get("reconstructionAccuracy"), extra.get("heldOut.stepAccuracy"), 1e-9, "the same measure twice");
        assertEquals(10.0, card.training().settings().get(ModelCard.Training.TEST_EVERY));
        assertEquals(16.0, card.training().settings().get(ModelCard.Training.TRAIN_HOP));

        String json = CliTestSupport.runOk("evaluate", "--model", model.toString(), "--json").out();
        assertEquals(json, CliTestSupport.runOk("evaluate", "--model", model.toString(), "--json").out(), "seeded: the same figures");
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(extra.get("heldOut.stepAccuracy"), root.getAsJsonObject("reconstruction").get("stepAccuracy").getAsDouble(), 1e-12);
        assertEquals(extra.get("grid.smoothness"), root.getAsJsonObject("pad").get("smoothness").getAsDouble(), 1e-12);
        assertEquals(extra.get("dots.agreement"), root.getAsJsonObject("pad").get("clickedDotAgreement").getAsDouble(), 1e-12);
        JsonArray sets = root.getAsJsonArray("sets");
        assertEquals(6, sets.size());
        for (JsonElement element : sets) {
            JsonObject set = element.getAsJsonObject();
            String key = set.get("key").getAsString();
            assertEquals(extra.get(key + ".melodyLike"), set.get("melodyLike").getAsDouble(), 1e-12, key);
            if (!key.equals("corpus")) {
                assertEquals(extra.get(key + ".tv.octaveLeaps"), set.getAsJsonObject("totalVariation").get("octaveLeaps").getAsDouble(),
                        1e-12, key);
            }
        }
        assertEquals(1000, sets.get(1).getAsJsonObject().get("melodies").getAsInt());
        assertEquals(400, sets.get(3).getAsJsonObject().get("melodies").getAsInt());

        CliTestSupport.Result table = CliTestSupport.runOk("evaluate", "-m", model.toString());
        assertEquals(table.out(), CliTestSupport.runOk("evaluate", "-m", model.toString()).out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("pad grid 20x20 as the view opens") && l.contains(" 400 ")), table.out());
        assertTrue(table.out().contains(String.format(java.util.Locale.ROOT, "step accuracy %.3f", extra.get("heldOut.stepAccuracy"))),
                table.out());
        assertTrue(table.err().startsWith("evaluated in "), table.err());
    }

    @Test
    void trainingSavesAttributeVectorsWhoseFiguresEvaluatePrints() throws IOException {
        ModelCard card;
        try (MelodySpace space = MelodySpace.open(model)) {
            assertTrue(space.attributeVectors().isPresent(), "training saved " + AttributeVectors.FILE);
            assertEquals(300, space.attributeVectors().get().melodies(), "from the 300 training melodies");
            card = space.card();
        }
        Map<String, Double> extra = card.metrics().extra();
        JsonObject root = JsonParser.parseString(CliTestSupport.runOk("evaluate", "--model", model.toString(), "--json").out()).getAsJsonObject();
        JsonObject vectors = root.getAsJsonObject("attributeVectors");
        assertEquals(200, vectors.get("melodies").getAsInt());
        assertEquals(0.5, vectors.get("step").getAsDouble());
        JsonArray attributes = vectors.getAsJsonArray("attributes");
        assertEquals(MelodyAttribute.values().length, attributes.size());
        for (JsonElement element : attributes) {
            JsonObject a = element.getAsJsonObject();
            String key = a.get("key").getAsString();
            assertEquals(extra.get("attributes." + key + ".moved"), a.get("moved").getAsDouble(), 1e-12, key);
            assertEquals(extra.get("attributes." + key + ".melodyLike"), a.get("melodyLike").getAsDouble(), 1e-12, key);
        }
        String table = CliTestSupport.runOk("evaluate", "--model", model.toString()).out();
        assertTrue(table.contains("attribute vectors on 200 held-out melodies (seed 1), one step = 0.50 of a vector"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("Note density") && l.contains(String.format(java.util.Locale.ROOT, "%.3f",
                extra.get("attributes.density.moved")))), table);

        Path without = copy(model, dir.resolve("without-vectors"));
        Files.delete(without.resolve(AttributeVectors.FILE));
        assertTrue(CliTestSupport.runOk("evaluate", "--model", without.toString()).out()
                .contains("attribute vectors: none in " + without + " (compute them: ./latent melody attribute-vectors --model " + without + ")"));
        JsonObject none = JsonParser.parseString(CliTestSupport.runOk("evaluate", "--model", without.toString(), "--json").out()).getAsJsonObject();
        assertTrue(none.get("attributeVectors") == null, "no attribute figures without vectors");
        assertTrue(none.has("pad"));

        CliTestSupport.Result computed = CliTestSupport.runOk("melody", "attribute-vectors", "--model", without.toString(), "--sample", "100");
        try (MelodySpace space = MelodySpace.open(without)) {
            assertEquals(100, space.attributeVectors().orElseThrow().melodies(), "a seeded 100 of the training melodies");
        }
        assertTrue(computed.out().startsWith("attribute vectors from 100 training melodies of midi: ["), computed.out());
        assertTrue(computed.out().contains("attribute vectors on 200 held-out melodies"), computed.out());
        assertTrue(computed.out().contains("wrote " + without.resolve(AttributeVectors.FILE)), computed.out());
        CliTestSupport.runOk("melody", "attribute-vectors", "--model", without.toString());
        try (MelodySpace space = MelodySpace.open(without)) {
            assertEquals(300, space.attributeVectors().orElseThrow().melodies(), "the 300 training melodies the card says it used,"
                    + " rebuilt from the corpus it names");
        }
    }

    @Test
    void aModelThatIsNoMelodyModelOrACorpusThatIsNotThereIsOneLine() throws IOException {
        Path digits = CliTestSupport.copyOfShippedModel("mnist-vae-2d", dir.resolve("shipped"));
        CliTestSupport.run("evaluate", "--model", digits.toString())
                .assertOneLineError(1, digits.resolve("model.json").toString(), "not a melody");

        Path gone = dir.resolve("gone");
        CliTestSupport.run("evaluate", "--model", model.toString(), "--midi", gone.toString())
                .assertOneLineError(1, gone + ": no such file or folder", "--midi");

        Path moved = copy(model, dir.resolve("moved"));
        rewriteDataset(moved, "midi: [" + gone + "]");
        CliTestSupport.run("evaluate", "--model", moved.toString()).assertOneLineError(1, gone.toString(), "--midi");
        rewriteDataset(moved, "somewhere");
        CliTestSupport.run("evaluate", "--model", moved.toString())
                .assertOneLineError(1, "does not say where its corpus is", "\"somewhere\"", "--midi");

        Path empty = Files.createDirectories(dir.resolve("no-midi"));
        CliTestSupport.run("evaluate", "--model", model.toString(), "--midi", empty.toString())
                .assertOneLineError(1, "holds 0 held-out melodies", "--midi");
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** The dataset's name is no part of the checksums: a card moved to another machine may name folders that are not there. */
    private static void rewriteDataset(Path directory, String name) throws IOException {
        ModelCard card = ModelStore.readCard(directory);
        ModelCard.Dataset d = card.dataset();
        ModelStore.writeCard(directory.resolve(ModelStore.CARD_FILE), new ModelCard(card.formatVersion(), card.kind(), card.name(),
                card.description(), card.architecture(), new ModelCard.Dataset(name, d.trainImages(), d.testImages(), d.classNames()),
                card.training(), card.metrics(), card.engine(), card.created(), card.melody(), card.autoencoder(), card.classifier(),
                card.pca(), card.checksums()));
    }
}
