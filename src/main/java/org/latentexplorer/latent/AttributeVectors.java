package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.latentexplorer.lab.MelodyAttribute;

/** TEMPORARY stub until the melody-cli branch lands. */
public final class AttributeVectors {
    public static final String FILE = "attribute-vectors.json";
    private final Map<MelodyAttribute, float[]> vectors;

    AttributeVectors(Map<MelodyAttribute, float[]> vectors) {
        this.vectors = new EnumMap<>(vectors);
    }

    public static Optional<AttributeVectors> load(Path modelDirectory) throws IOException {
        return Optional.empty();
    }

    public float[] vector(MelodyAttribute attribute) {
        return vectors.get(attribute).clone();
    }

    public float[] shift(float[] z, Map<MelodyAttribute, Double> steps) {
        float[] shifted = z.clone();
        steps.forEach((a, s) -> {
            float[] v = vectors.get(a);
            for (int i = 0; i < shifted.length; i++) {
                shifted[i] += (float) (s * v[i]);
            }
        });
        return shifted;
    }
}
