package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.latentexplorer.data.Melody;
import org.latentexplorer.lab.MelodyAttribute;
import org.latentexplorer.model.ModelCard;

/**
 * One latent direction per {@link MelodyAttribute}, as MusicVAE's attribute vectors: the mean encoding of the corpus
 * melodies in the top quartile of the attribute minus the mean encoding of those in the bottom quartile. Where values
 * tie at a quartile's edge the whole tie goes in (a top "quartile" may hold more than a quarter); where the edge is
 * the lowest value of all (half the folk windows have no syncopation) the top group is the melodies above it, and
 * likewise at the bottom. {@link #shift} moves a point by slider steps; one step is {@link #step()} of the vector
 * ({@link #DEFAULT_STEP} when computed), about the way from the corpus's middle to the middle of its top quartile, so
 * a slider's ±2 spans a typical bottom-quartile melody to a typical top-quartile one: on models/melody-vae one step
 * up or down moves note density and mean pitch the way it says for about 9 melodies in 10 (see {@link AttributeEvaluation}).
 * Saved in the model directory as {@value #FILE} ({@link AttributeVectorsFile}).
 */
public final class AttributeVectors {
    public static final String FILE = "attribute-vectors.json";
    public static final int FORMAT_VERSION = 1;
    /** One step of a slider as a share of the stored top-minus-bottom vector. */
    public static final double DEFAULT_STEP = 0.5;
    /** Corpus melodies encoded when there are more: a seeded sample. */
    public static final int DEFAULT_SAMPLE = 20_000;
    private static final int ENCODE_CHUNK = 256;

    /**
     * One attribute's vector and what it was computed from: the mean attribute of the bottom and top groups and their sizes.
     */
    public record Entry(float[] vector, double low, double high, int lowMelodies, int highMelodies) {
        public Entry {
            vector = vector.clone();
        }

        @Override
        public float[] vector() {
            return vector.clone();
        }
    }

    private final String model;
    private final String fingerprint;
    private final int latentSize;
    private final String corpus;
    private final int melodies;
    private final long seed;
    private final double step;
    private final Map<MelodyAttribute, Entry> entries;

    AttributeVectors(String model, String fingerprint, int latentSize, String corpus, int melodies, long seed, double step,
                             Map<MelodyAttribute, Entry> entries) {
        this.model = model;
        this.fingerprint = fingerprint;
        this.latentSize = latentSize;
        this.corpus = corpus;
        this.melodies = melodies;
        this.seed = seed;
        this.step = step;
        this.entries = Collections.unmodifiableMap(new EnumMap<>(entries));
    }

    /**
     * The vectors of {@code space} from at most {@code sample} of {@code corpusMelodies} (its training windows; a sample
     * drawn with {@code seed} when there are more), one step being {@code step} of each vector.
     */
    public static AttributeVectors compute(MelodySpace space, List<Melody> corpusMelodies, String corpus, int sample, long seed,
                                           double step) {
        if (sample < 8) {
            throw new IllegalArgumentException("attribute vectors need a sample of at least 8 melodies, got " + sample);
        }
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("the step must be a positive share of the vector, got " + step);
        }
        List<Melody> melodies = sample(corpusMelodies, sample, new Random(seed));
        if (melodies.size() < 8) {
            throw new IllegalArgumentException("attribute vectors need at least 8 corpus melodies, got " + melodies.size());
        }
        float[][] codes = new float[melodies.size()][];
        for (int start = 0; start < melodies.size(); start += ENCODE_CHUNK) {
            float[][] chunk = space.encodeAll(melodies.subList(start, Math.min(melodies.size(), start + ENCODE_CHUNK)));
            System.arraycopy(chunk, 0, codes, start, chunk.length);
        }
        Map<MelodyAttribute, Entry> entries = new EnumMap<>(MelodyAttribute.class);
        for (MelodyAttribute attribute : MelodyAttribute.values()) {
            entries.put(attribute, entry(attribute, melodies, codes, space.latentSize()));
        }
        return new AttributeVectors(space.name(), fingerprint(space.card()), space.latentSize(), corpus, melodies.size(), seed, step,
                entries);
    }

    /** The top-minus-bottom vector of one attribute over the encoded melodies. */
    private static Entry entry(MelodyAttribute attribute, List<Melody> melodies, float[][] codes, int latentSize) {
        double[] values = new double[melodies.size()];
        List<Double> defined = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            values[i] = attribute.measure(melodies.get(i));
            if (!Double.isNaN(values[i])) {
                defined.add(values[i]);
            }
        }
        if (defined.size() < 2) {
            throw new IllegalArgumentException(attribute.label() + " is defined for " + defined.size() + " of the " + melodies.size()
                    + " corpus melodies: too few for an attribute vector");
        }
        Collections.sort(defined);
        double min = defined.get(0);
        double max = defined.get(defined.size() - 1);
        double lowEdge = defined.get((defined.size() - 1) / 4);
        double highEdge = defined.get(3 * (defined.size() - 1) / 4);
        double[] low = new double[latentSize];
        double[] high = new double[latentSize];
        double lowSum = 0;
        double highSum = 0;
        int lowCount = 0;
        int highCount = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            if (highEdge > min ? v >= highEdge : v > min) {
                add(high, codes[i]);
                highSum += v;
                highCount++;
            }
            if (lowEdge < max ? v <= lowEdge : v < max) {
                add(low, codes[i]);
                lowSum += v;
                lowCount++;
            }
        }
        if (lowCount == 0 || highCount == 0) {
            throw new IllegalArgumentException(attribute.label() + " is " + min + " for every corpus melody: no direction to find");
        }
        float[] vector = new float[latentSize];
        for (int d = 0; d < latentSize; d++) {
            vector[d] = (float) (high[d] / highCount - low[d] / lowCount);
        }
        return new Entry(vector, lowSum / lowCount, highSum / highCount, lowCount, highCount);
    }

    private static void add(double[] sum, float[] code) {
        for (int d = 0; d < sum.length; d++) {
            sum[d] += code[d];
        }
    }

    private static List<Melody> sample(List<Melody> melodies, int limit, Random random) {
        if (melodies.size() <= limit) {
            return melodies;
        }
        List<Integer> order = new ArrayList<>(melodies.size());
        for (int i = 0; i < melodies.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return order.subList(0, limit).stream().sorted().map(melodies::get).toList();
    }

    /** What identifies a model's parameters: their checksums as its card records them (empty for a card without). */
    static String fingerprint(ModelCard card) {
        if (card.checksums() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(card.checksums()).forEach((name, sum) -> {
            if (name.endsWith(".params")) {
                text.append(text.length() == 0 ? "" : ",").append(sum);
            }
        });
        return text.toString();
    }

    /** The vectors saved in {@code modelDirectory}, or empty when it has none; a damaged file is one line naming it. */
    public static Optional<AttributeVectors> load(Path modelDirectory) throws IOException {
        return AttributeVectorsFile.load(modelDirectory.resolve(FILE));
    }

    /** Writes the vectors to {@value #FILE} in {@code modelDirectory}; the old file stays until the new one is complete. */
    public void save(Path modelDirectory) throws IOException {
        AttributeVectorsFile.save(this, modelDirectory.resolve(FILE));
    }

    /** Whether these vectors were computed for the model whose card this is (always, for a card without checksums). */
    public boolean fits(ModelCard card) {
        String current = fingerprint(card);
        return current.isEmpty() || fingerprint.isEmpty() || current.equals(fingerprint);
    }

    /** The stored top-minus-bottom vector. */
    public float[] vector(MelodyAttribute attribute) {
        return entries.get(attribute).vector();
    }

    public Entry entry(MelodyAttribute attribute) {
        return entries.get(attribute);
    }

    /** {@code z} moved by {@code steps} slider steps along each attribute's vector (attributes left out stay put). */
    public float[] shift(float[] z, Map<MelodyAttribute, Double> steps) {
        if (z.length != latentSize) {
            throw new IllegalArgumentException("latent point has " + z.length + " values, the attribute vectors " + latentSize);
        }
        float[] moved = z.clone();
        steps.forEach((attribute, count) -> {
            if (!Double.isFinite(count)) {
                throw new IllegalArgumentException(attribute.key() + ": the steps must be a finite number, got " + count);
            }
            float[] vector = entries.get(attribute).vector;
            for (int d = 0; d < moved.length; d++) {
                moved[d] += (float) (count * step * vector[d]);
            }
        });
        return moved;
    }

    /** One slider step as a share of the stored vector. */
    public double step() {
        return step;
    }

    public int latentSize() {
        return latentSize;
    }

    /** The corpus the vectors were computed from, as described when they were. */
    public String corpus() {
        return corpus;
    }

    /** How many corpus melodies were encoded. */
    public int melodies() {
        return melodies;
    }

    public long seed() {
        return seed;
    }

    /** The model's name when they were computed. */
    public String model() {
        return model;
    }

    /** The checksums of the parameters they were computed for ({@link #fits}). */
    String fingerprint() {
        return fingerprint;
    }

    @Override
    public String toString() {
        return "AttributeVectors[" + model + ", " + melodies + " melodies, step " + step + ", " + Arrays.toString(MelodyAttribute.values()) + "]";
    }
}
