package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.latentexplorer.data.Melody;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.MelodyVae;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelFormatException;
import org.latentexplorer.model.ModelStore;

/**
 * The one API the app calls to explore a melody model: two-bar melodies in, latent points out, and back.
 * Plain Java values only; calls are serialized on the model, so use it from one worker thread.
 */
public final class MelodySpace implements AutoCloseable {
    private final ModelStore.LoadedModel<MelodyVae> loaded;
    private final LatentPlane principalPlane;
    private final AttributeVectors attributeVectors;

    private MelodySpace(ModelStore.LoadedModel<MelodyVae> loaded, AttributeVectors attributeVectors) {
        this.loaded = loaded;
        this.attributeVectors = attributeVectors;
        int n = loaded.model().latentSize();
        principalPlane = loaded.latentMap().isPresent() && n > 2 ? PrincipalPlane.of(loaded.latentMap().get())
                : LatentPlane.ofDimensions(new float[Math.max(2, n)], 0, 1);
    }

    /**
     * Opens a melody model directory with its attribute vectors, if it has them; the exception names the file and the
     * problem when it is not usable (attribute vectors that are damaged or belong to another model included).
     */
    public static MelodySpace open(Path modelDirectory) throws IOException {
        return open(modelDirectory, true);
    }

    /** As {@link #open(Path)}; without {@code readAttributeVectors} their file is not read (to compute them again). */
    public static MelodySpace open(Path modelDirectory, boolean readAttributeVectors) throws IOException {
        ModelStore.LoadedModel<MelodyVae> loaded = ModelStore.loadMelody(modelDirectory);
        try {
            AttributeVectors vectors = readAttributeVectors ? AttributeVectors.load(modelDirectory).orElse(null) : null;
            if (vectors != null && (vectors.latentSize() != loaded.model().latentSize() || !vectors.fits(loaded.card()))) {
                throw new ModelFormatException(modelDirectory.resolve(AttributeVectors.FILE), "computed for another model"
                        + (vectors.latentSize() != loaded.model().latentSize() ? " (latent size " + vectors.latentSize() + ", this model's is "
                        + loaded.model().latentSize() + ")" : " (its parameters have changed since)")
                        + "; compute them again: ./latent melody attribute-vectors --model " + modelDirectory);
            }
            return new MelodySpace(loaded, vectors);
        } catch (IOException | RuntimeException e) {
            loaded.close();
            throw e;
        }
    }

    public Path directory() {
        return loaded.directory();
    }

    public ModelCard card() {
        return loaded.card();
    }

    public String name() {
        return loaded.card().name();
    }

    public int latentSize() {
        return loaded.model().latentSize();
    }

    public int steps() {
        return loaded.model().config().steps();
    }

    /** Encodings of corpus melodies; a point's label indexes {@link #songNames()}. */
    public Optional<LatentMap> latentMap() {
        return loaded.latentMap();
    }

    public List<String> songNames() {
        ModelCard.Dataset dataset = loaded.card().dataset();
        return dataset == null || dataset.classNames() == null ? List.of() : dataset.classNames();
    }

    /** The model's attribute vectors ({@link AttributeVectors#FILE} in its directory), when it has them. */
    public Optional<AttributeVectors> attributeVectors() {
        return Optional.ofNullable(attributeVectors);
    }

    /** The plane through the corpus mean spanned by the corpus encodings' two leading principal directions. */
    public LatentPlane principalPlane() {
        return principalPlane;
    }

    /** The most likely melody at {@code z} (temperature 0), or one drawn at the given temperature. */
    public Melody decode(float[] z, double temperature, Random random) {
        return decodeAll(new float[][] {z}, temperature, random).get(0);
    }

    public List<Melody> decodeAll(float[][] zs, double temperature, Random random) {
        for (float[] z : zs) {
            checkLatent(z);
        }
        List<Melody> melodies = new ArrayList<>(zs.length);
        for (int[] events : loaded.model().decode(zs, temperature, random)) {
            melodies.add(new Melody(events));
        }
        return melodies;
    }

    /** The encoder's mean for a melody of {@link #steps()} steps. */
    public float[] encode(Melody melody) {
        return encodeAll(List.of(melody))[0];
    }

    public float[][] encodeAll(List<Melody> melodies) {
        List<int[]> events = new ArrayList<>(melodies.size());
        for (Melody melody : melodies) {
            if (melody.length() != steps()) {
                throw new IllegalArgumentException("melody has " + melody.length() + " steps, the model takes " + steps());
            }
            events.add(melody.events());
        }
        return loaded.model().encodeMeans(events);
    }

    /**
     * {@code count} corpus encodings from different songs as far as the corpus allows, picked with a
     * generator seeded by {@code seed}; prior samples when the model has no corpus map.
     */
    public float[][] corpusPoints(int count, long seed) {
        Random pick = new Random(seed);
        float[][] chosen = new float[count][];
        LatentMap map = latentMap().orElse(null);
        List<Integer> songs = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            if (map == null || map.count() == 0) {
                chosen[c] = samplePrior(pick);
                continue;
            }
            int index = pick.nextInt(map.count());
            for (int tries = 0; tries < 50 && songs.contains(map.labels()[index]); tries++) {
                index = pick.nextInt(map.count());
            }
            songs.add(map.labels()[index]);
            chosen[c] = corpusPoint(index);
        }
        return chosen;
    }

    /** The encoding of corpus melody {@code index} of the latent map. */
    public float[] corpusPoint(int index) {
        LatentMap map = latentMap().orElseThrow(() -> new IllegalStateException(directory() + " has no corpus map"));
        return java.util.Arrays.copyOfRange(map.means(), index * map.dimensions(), (index + 1) * map.dimensions());
    }

    public float[] samplePrior(Random random) {
        float[] z = new float[latentSize()];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) random.nextGaussian();
        }
        return z;
    }

    private void checkLatent(float[] z) {
        if (z.length != latentSize()) {
            throw new IllegalArgumentException("latent point has " + z.length + " values, the model's latent size is " + latentSize());
        }
    }

    @Override
    public void close() {
        loaded.close();
    }
}
