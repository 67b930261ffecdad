package org.latentexplorer.latent;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.data.InputFiles;
import org.latentexplorer.lab.MelodyAttribute;
import org.latentexplorer.model.ModelFormatException;

/**
 * {@link AttributeVectors#FILE} as JSON: the model and the checksums of the parameters they belong to, the latent size,
 * what they were computed from, the step, and per attribute its label, the bottom and top groups' mean attribute and
 * size, and the vector. Read back with every value checked; whatever is wrong is one line naming the file.
 */
final class AttributeVectorsFile {
    private static final long MAX_FILE_BYTES = 4L << 20;

    /** The file's layout, as Gson reads and writes it. */
    private record Stored(int formatVersion, String model, String fingerprint, int latentSize, String corpus, int melodies, long seed,
                          double step, Map<String, StoredEntry> attributes) {
    }

    private record StoredEntry(String label, double low, double high, int lowMelodies, int highMelodies, float[] vector) {
    }

    private AttributeVectorsFile() {
    }

    static Optional<AttributeVectors> load(Path file) throws IOException {
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
        } catch (CharacterCodingException e) {
            throw damaged(file, "is not UTF-8 text");
        }
        return Optional.of(check(file, stored));
    }

    private static AttributeVectors check(Path file, Stored stored) throws ModelFormatException {
        if (stored == null) {
            throw damaged(file, "is empty");
        }
        if (stored.formatVersion() != AttributeVectors.FORMAT_VERSION) {
            throw damaged(file, "format version " + stored.formatVersion() + " is not supported (expected " + AttributeVectors.FORMAT_VERSION + ")");
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
        Map<MelodyAttribute, AttributeVectors.Entry> entries = new EnumMap<>(MelodyAttribute.class);
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
            entries.put(attribute, new AttributeVectors.Entry(entry.vector(), entry.low(), entry.high(), entry.lowMelodies(),
                    entry.highMelodies()));
        }
        return new AttributeVectors(stored.model(), stored.fingerprint() == null ? "" : stored.fingerprint(), stored.latentSize(),
                stored.corpus(), stored.melodies(), stored.seed(), stored.step(), entries);
    }

    static void save(AttributeVectors vectors, Path file) throws IOException {
        Map<String, StoredEntry> stored = new LinkedHashMap<>();
        for (MelodyAttribute attribute : MelodyAttribute.values()) {
            AttributeVectors.Entry e = vectors.entry(attribute);
            stored.put(attribute.key(), new StoredEntry(attribute.label(), e.low(), e.high(), e.lowMelodies(), e.highMelodies(), e.vector()));
        }
        String json = new GsonBuilder().setPrettyPrinting().create().toJson(new Stored(AttributeVectors.FORMAT_VERSION, vectors.model(),
                vectors.fingerprint(), vectors.latentSize(), vectors.corpus(), vectors.melodies(), vectors.seed(), vectors.step(), stored));
        AtomicFiles.writeString(file, json + "\n");
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
}
