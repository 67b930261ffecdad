package org.latentexplorer.latent;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.data.InputFiles;
import org.latentexplorer.data.Melody;
import org.latentexplorer.lab.MelodyAttribute;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelFormatException;

/**
 * One latent direction per {@link MelodyAttribute}, as MusicVAE's attribute vectors: the mean encoding of the corpus
 * melodies in the top quartile of the attribute minus the mean encoding of those in the bottom quartile. Where values
 * tie at a quartile's edge the whole tie goes in (a top "quartile" may hold more than a quarter); where the edge is
 * the lowest value of all (most melodies have no syncopation) the top group is the melodies above it, and likewise at
 * the bottom. Moving a point by {@link #step} times a vector's {@link #shift}: one step is {@link #DEFAULT_STEP} of
 * the vector, about the way from the corpus's middle to the middle of its top quartile, so a slider's ±2 spans a
 * typical bottom-quartile melody to a typical top-quartile one. Saved in the model directory as {@value #FILE}.
 */
public final class AttributeVectors {
    public static final String FILE = "attribute-vectors.json";
    public static final int FORMAT_VERSION = 1;
    /** One step of a slider as a share of the stored top-minus-bottom vector. */
    public static final double DEFAULT_STEP = 0.5;
    /** Corpus melodies encoded when there are more: a seeded sample. */
    public static final int DEFAULT_SAMPLE = 20_000;
    private static final long MAX_FILE_BYTES = 4L << 20;
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

    /** The file's layout, as Gson reads and writes it. */
    private record Stored(int formatVersion, String model, String fingerprint, int latentSize, String corpus, int melodies, long seed,
                          double step, Map<String, StoredEntry> attributes) {
    }

    private record StoredEntry(String label, double low, double high, int lowMelodies, int highMelodies, float[] vector) {
    }

    private final String model;
    private final String fingerprint;
    private final int latentSize;
    private final String corpus;
    private final int melodies;
    private final long seed;
    private final double step;
    private final Map<MelodyAttribute, Entry> entries;

    private AttributeVectors(String model, String fingerprint, int latentSize, String corpus, int melodies, long seed, double step,
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
        Path file = modelDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            InputFiles.requireFile(file, "no such file");
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw damaged(file, "is " + Files.size(file) + " bytes, far more than attribute vectors take");
        }
        Stored stored;
        try {
            stored = new GsonBuilder().create().fromJson(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
        } catch (JsonParseException | NumberFormatException | IllegalStateException e) {
            throw damaged(file, "is not valid attribute-vector JSON (" + rootMessage(e) + ")");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw damaged(file, "is not UTF-8 text");
        }
        return Optional.of(check(file, stored));
    }

    private static AttributeVectors check(Path file, Stored stored) throws ModelFormatException {
        if (stored == null) {
            throw damaged(file, "is empty");
        }
        if (stored.formatVersion() != FORMAT_VERSION) {
            throw damaged(file, "format version " + stored.formatVersion() + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        if (stored.latentSize() < 1 || stored.latentSize() > 1 << 16) {
            throw damaged(file, "latent size " + stored.latentSize() + " is impossible");
        }
        if (!(stored.step() > 0) || Double.isInfinite(stored.step())) {
            throw damaged(file, "step " + stored.step() + " is not a positive number");
        }
        if (stored.attributes() == null) {
            throw damaged(file, "has no \"attributes\"");
        }
        Map<MelodyAttribute, Entry> entries = new EnumMap<>(MelodyAttribute.class);
        for (MelodyAttribute attribute : MelodyAttribute.values()) {
            StoredEntry entry = stored.attributes().get(attribute.key());
            if (entry == null || entry.vector() == null) {
                throw damaged(file, "has no vector for \"" + attribute.key() + "\" (expected " + MelodyAttribute.keys() + ")");
            }
            if (entry.vector().length != stored.latentSize()) {
                throw damaged(file, "the \"" + attribute.key() + "\" vector has " + entry.vector().length + " values, the latent size is "
                        + stored.latentSize());
            }
            for (float v : entry.vector()) {
                if (!Float.isFinite(v)) {
                    throw damaged(file, "the \"" + attribute.key() + "\" vector holds a value that is not a finite number");
                }
            }
            entries.put(attribute, new Entry(entry.vector(), entry.low(), entry.high(), entry.lowMelodies(), entry.highMelodies()));
        }
        return new AttributeVectors(stored.model(), stored.fingerprint() == null ? "" : stored.fingerprint(), stored.latentSize(),
                stored.corpus(), stored.melodies(), stored.seed(), stored.step(), entries);
    }

    private static ModelFormatException damaged(Path file, String problem) {
        return new ModelFormatException(file, problem + "; compute them again: ./latent melody attribute-vectors --model "
                + file.toAbsolutePath().getParent());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").replaceAll("See https?://\\S+", "").trim();
    }

    /** Writes the vectors to {@value #FILE} in {@code modelDirectory}; the old file stays until the new one is complete. */
    public void save(Path modelDirectory) throws IOException {
        Map<String, StoredEntry> stored = new LinkedHashMap<>();
        entries.forEach((attribute, e) -> stored.put(attribute.key(),
                new StoredEntry(attribute.label(), e.low(), e.high(), e.lowMelodies(), e.highMelodies(), e.vector())));
        String json = new GsonBuilder().setPrettyPrinting().create()
                .toJson(new Stored(FORMAT_VERSION, model, fingerprint, latentSize, corpus, melodies, seed, step, stored));
        AtomicFiles.writeString(modelDirectory.resolve(FILE), json + "\n");
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

    @Override
    public String toString() {
        return "AttributeVectors[" + model + ", " + melodies + " melodies, step " + step + ", " + Arrays.toString(MelodyAttribute.values()) + "]";
    }
}
