package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;
import org.latentexplorer.lab.MelodyAttribute;

/** Attribute vectors from melodies built here, encoded by the shipped model: how they are computed, stored, read and used. */
class AttributeVectorsTest {
    private static MelodySpace space;
    /** 32 melodies: melody k has k + 1 notes, so note density takes 32 different values; pitches rise with k. */
    private static final List<Melody> MELODIES = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws IOException {
        space = MelodySpace.open(ModelCatalog.defaultRoot().resolve("melody-vae"), false);
        for (int k = 0; k < 32; k++) {
            int[] events = new int[Melody.WINDOW_STEPS];
            for (int n = 0; n <= k; n++) {
                events[n * Melody.WINDOW_STEPS / (k + 1)] = Melody.noteOn(55 + (n * (k % 4 + 1) + k) % 19);
            }
            MELODIES.add(new Melody(events));
        }
    }

    @AfterAll
    static void close() {
        space.close();
    }

    @Test
    void aVectorIsTheMeanEncodingOfTheTopQuartileMinusTheBottomQuartile() {
        AttributeVectors vectors = AttributeVectors.compute(space, MELODIES, "built here", 1000, 1, 0.5);
        assertEquals(32, vectors.melodies());
        assertEquals(space.latentSize(), vectors.latentSize());
        float[][] codes = space.encodeAll(MELODIES);
        // densities (k + 1) / 2 in order: the bottom quartile is k = 0..7 (edge at the 8th of 32), the top k = 23..31
        float[] expected = new float[space.latentSize()];
        for (int d = 0; d < expected.length; d++) {
            double top = 0;
            double bottom = 0;
            for (int k = 23; k < 32; k++) {
                top += codes[k][d] / 9.0;
            }
            for (int k = 0; k < 8; k++) {
                bottom += codes[k][d] / 8.0;
            }
            expected[d] = (float) (top - bottom);
        }
        assertArrayEquals(expected, vectors.vector(MelodyAttribute.DENSITY), 1e-4f);
        AttributeVectors.Entry density = vectors.entry(MelodyAttribute.DENSITY);
        assertEquals(8, density.lowMelodies());
        assertEquals(9, density.highMelodies());
        assertEquals((1 + 8) / 2.0 / 2, density.low(), 1e-9, "mean density of k = 0..7");
        assertEquals((24 + 32) / 2.0 / 2, density.high(), 1e-9, "mean density of k = 23..31");
    }

    @Test
    void whereMostMelodiesTieAtTheLowestValueTheTopGroupIsThoseAboveIt() {
        List<Melody> melodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int[] events = new int[Melody.WINDOW_STEPS];
            for (int step = 0; step < 32; step += 4) {
                events[step] = Melody.noteOn(60 + (step / 4 * (i % 4 + 1)) % 12);
            }
            if (i < 3) {
                events[13] = Melody.noteOn(72); // one onset off the eighth-note grid
            }
            melodies.add(new Melody(events));
        }
        AttributeVectors.Entry syncopation = AttributeVectors.compute(space, melodies, "built here", 1000, 1, 0.5)
                .entry(MelodyAttribute.SYNCOPATION);
        assertEquals(3, syncopation.highMelodies(), "only the three melodies with an off-grid onset");
        assertEquals(17, syncopation.lowMelodies(), "every melody without one");
        assertEquals(0.0, syncopation.low());
        assertTrue(syncopation.high() > 0);
    }

    @Test
    void aLargerCorpusIsSampledWithTheSeed() {
        List<Melody> corpus = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            for (Melody m : MELODIES) {
                corpus.add(m.transpose(copy).orElseThrow());
            }
        }
        AttributeVectors a = AttributeVectors.compute(space, corpus, "c", 40, 7, 0.5);
        AttributeVectors b = AttributeVectors.compute(space, corpus, "c", 40, 7, 0.5);
        AttributeVectors c = AttributeVectors.compute(space, corpus, "c", 40, 8, 0.5);
        assertEquals(40, a.melodies());
        assertArrayEquals(a.vector(MelodyAttribute.MEAN_PITCH), b.vector(MelodyAttribute.MEAN_PITCH));
        assertFalse(java.util.Arrays.equals(a.vector(MelodyAttribute.MEAN_PITCH), c.vector(MelodyAttribute.MEAN_PITCH)), "another seed, another sample");
    }

    @Test
    void shiftAddsStepsTimesTheStepShareOfEachVector() {
        AttributeVectors vectors = AttributeVectors.compute(space, MELODIES, "built here", 1000, 1, 0.5);
        float[] z = space.encode(MELODIES.get(10));
        Map<MelodyAttribute, Double> steps = new EnumMap<>(MelodyAttribute.class);
        steps.put(MelodyAttribute.DENSITY, 1.5);
        steps.put(MelodyAttribute.MEAN_PITCH, -1.0);
        float[] moved = vectors.shift(z, steps);
        float[] density = vectors.vector(MelodyAttribute.DENSITY);
        float[] pitch = vectors.vector(MelodyAttribute.MEAN_PITCH);
        for (int d = 0; d < z.length; d++) {
            assertEquals(z[d] + 0.75 * density[d] - 0.5 * pitch[d], moved[d], 1e-5);
        }
        assertArrayEquals(z, vectors.shift(z, Map.of()), "no steps, no move");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> vectors.shift(new float[3], steps)).getMessage().contains("3 values"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> vectors.shift(z, Map.of(MelodyAttribute.STEPWISE, Double.NaN)))
                .getMessage().startsWith("stepwise: the steps must be a finite number"));
    }

    @Test
    void savedVectorsReadBackAndTheSpaceOpensWithThem() throws IOException {
        Path model = copyOfShippedModel();
        AttributeVectors vectors = AttributeVectors.compute(space, MELODIES, "built here", 1000, 3, 0.5);
        vectors.save(model);
        try (Stream<Path> files = Files.list(model)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().contains("attribute")).count(), "no temporary file left");
        }
        AttributeVectors back = AttributeVectors.load(model).orElseThrow();
        for (MelodyAttribute attribute : MelodyAttribute.values()) {
            assertArrayEquals(vectors.vector(attribute), back.vector(attribute));
            assertEquals(vectors.entry(attribute).high(), back.entry(attribute).high());
            assertEquals(vectors.entry(attribute).lowMelodies(), back.entry(attribute).lowMelodies());
        }
        assertEquals(0.5, back.step());
        assertEquals("built here", back.corpus());
        assertEquals(3, back.seed());
        try (MelodySpace opened = MelodySpace.open(model)) {
            assertArrayEquals(vectors.vector(MelodyAttribute.STEPWISE), opened.attributeVectors().orElseThrow().vector(MelodyAttribute.STEPWISE));
        }
        Files.delete(model.resolve(AttributeVectors.FILE));
        assertEquals(Optional.empty(), AttributeVectors.load(model));
        try (MelodySpace opened = MelodySpace.open(model)) {
            assertEquals(Optional.empty(), opened.attributeVectors());
        }
    }

    @Test
    void aDamagedFileIsOneLineNamingItAndHowToComputeThemAgain() throws IOException {
        Path model = copyOfShippedModel();
        AttributeVectors.compute(space, MELODIES, "built here", 1000, 3, 0.5).save(model);
        Path file = model.resolve(AttributeVectors.FILE);
        String good = Files.readString(file);
        assertDamaged(file, "{ not json", "is not valid attribute-vector JSON");
        assertDamaged(file, "", "is empty");
        assertDamaged(file, good.replace("\"formatVersion\": 1", "\"formatVersion\": 7"), "format version 7 is not supported");
        assertDamaged(file, good.replace("\"density\"", "\"loudness\""), "has no vector for \"density\"");
        assertDamaged(file, good.replaceFirst("\"vector\": \\[\\s*[-0-9.Ee]+,", "\"vector\": ["), "vector has 127 values, the latent size is 128");
        assertDamaged(file, good.replaceFirst("\"vector\": \\[\\s*[-0-9.Ee]+,", "\"vector\": [NaN,"), "holds a value that is not a finite number");
        assertDamaged(file, good.replace("\"step\": 0.5", "\"step\": -1"), "step -1.0 is not a positive number");

        Files.writeString(file, good.replace("\"latentSize\": 128", "\"latentSize\": 127").replaceAll("\"vector\": \\[\\s*[-0-9.Ee]+,", "\"vector\": ["));
        IOException other = assertThrows(IOException.class, () -> MelodySpace.open(model));
        assertEquals(file + ": computed for another model (latent size 127, this model's is 128); compute them again:"
                + " ./latent melody attribute-vectors --model " + model, other.getMessage());
        try (MelodySpace opened = MelodySpace.open(model, false)) {
            assertEquals(Optional.empty(), opened.attributeVectors(), "not read when asked not to");
        }
        Files.writeString(file, good.replaceFirst("\"fingerprint\": \"[0-9a-f]+\"", "\"fingerprint\": \"0000\""));
        IOException retrained = assertThrows(IOException.class, () -> MelodySpace.open(model));
        assertTrue(retrained.getMessage().contains("its parameters have changed since"), retrained.getMessage());
    }

    private void assertDamaged(Path file, String content, String fragment) throws IOException {
        Files.writeString(file, content);
        IOException e = assertThrows(IOException.class, () -> AttributeVectors.load(file.getParent()));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' should say '" + fragment + "'");
        assertTrue(e.getMessage().endsWith("compute them again: ./latent melody attribute-vectors --model " + file.toAbsolutePath().getParent()),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    private Path copyOfShippedModel() throws IOException {
        Path source = ModelCatalog.defaultRoot().resolve("melody-vae");
        Path target = dir.resolve("melody-vae");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals(AttributeVectors.FILE)) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        }
        return target;
    }
}
