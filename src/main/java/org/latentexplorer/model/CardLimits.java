package org.latentexplorer.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.latentexplorer.data.Melody;

/**
 * Sane bounds on the sizes in a card, checked on the JSON before anything is built from it, so that a card claiming
 * a latent of 2^31 is one clear line rather than an allocator's failure.
 */
final class CardLimits {
    private static final int MAX_SIDE = 1024;
    private static final int MAX_WIDTH = 8192;
    private static final int MAX_CODE = 4096;
    /** About a gigabyte of float weights: more than any model here by a factor of a hundred. */
    private static final long MAX_WEIGHTS = 1L << 28;
    private static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("imageRows", MAX_SIDE), Map.entry("imageCols", MAX_SIDE), Map.entry("inputRows", MAX_SIDE),
            Map.entry("inputCols", MAX_SIDE), Map.entry("outputRows", MAX_SIDE), Map.entry("outputCols", MAX_SIDE),
            Map.entry("hidden", MAX_WIDTH), Map.entry("encoderState", MAX_WIDTH), Map.entry("decoderState", MAX_WIDTH),
            Map.entry("latentSize", MAX_CODE), Map.entry("bottleneck", MAX_CODE), Map.entry("components", MAX_CODE),
            Map.entry("steps", MAX_CODE), Map.entry("classes", MAX_CODE));
    private static final List<String> SECTIONS = Arrays.stream(ModelKind.values()).map(ModelKind::section).toList();

    private CardLimits() {
    }

    /** Fails, naming the size and its range, when a size section holds a number no model here can have. */
    static void check(Path file, JsonObject card) throws ModelFormatException {
        for (String section : SECTIONS) {
            JsonElement sizes = card.get(section);
            if (sizes != null && sizes.isJsonObject()) {
                String problem = problem(section, sizes.getAsJsonObject(), Map.of());
                if (problem != null) {
                    throw new ModelFormatException(file, problem);
                }
                requireKnownArchitecture(file, section, sizes.getAsJsonObject().get("architecture"));
            }
        }
    }

    /** A layout name the card cannot be read with would otherwise read as a missing section. */
    private static void requireKnownArchitecture(Path file, String section, JsonElement value) throws ModelFormatException {
        if (value == null || value.isJsonNull()) {
            return;
        }
        for (Architecture known : Architecture.values()) {
            if (value.isJsonPrimitive() && known.name().equals(value.getAsString())) {
                return;
            }
        }
        throw new ModelFormatException(file, section + ".architecture " + value + " is not one of \"MLP\", \"CONV\"");
    }

    /**
     * What is wrong with the sizes of a card's {@code section}, or null when nothing is; each size is called by its
     * name in {@code names} when it has one there (a command-line option), else by its name in the card.
     */
    static String problem(String section, JsonObject sizes, Map<String, String> names) {
        for (Map.Entry<String, JsonElement> field : sizes.entrySet()) {
            Integer limit = LIMITS.get(field.getKey());
            if (limit == null) {
                continue;
            }
            List<JsonElement> values = new ArrayList<>();
            if (field.getValue().isJsonArray()) {
                field.getValue().getAsJsonArray().forEach(values::add);
            } else {
                values.add(field.getValue());
            }
            for (JsonElement value : values) {
                String problem = numberProblem(names.getOrDefault(field.getKey(), field.getKey()), value, limit);
                if (problem != null) {
                    return problem;
                }
            }
        }
        if (section.equals(ModelKind.MELODY.section()) && sizes.has("steps") && sizes.get("steps").getAsInt() != Melody.WINDOW_STEPS) {
            return "melody steps " + sizes.get("steps").getAsInt() + " is not supported: the melodies here are "
                    + Melody.WINDOW_STEPS + " steps (two bars of sixteenths)";
        }
        long weights = weights(section, sizes);
        if (weights > MAX_WEIGHTS) {
            return "these sizes would need about " + weights + " weights, more than the " + MAX_WEIGHTS + " a model here may have";
        }
        return null;
    }

    private static String numberProblem(String name, JsonElement value, int limit) {
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
            return name + " " + value + " is not a number";
        }
        BigDecimal number = primitive.getAsBigDecimal();
        if (number.signum() < 1 || number.compareTo(BigDecimal.valueOf(limit)) > 0 || number.stripTrailingZeros().scale() > 0) {
            return name + " " + number.toPlainString() + " is out of range 1.." + limit;
        }
        return null;
    }

    /** A rough count of the dense weights the sizes imply (the largest part of every model here). */
    private static long weights(String section, JsonObject sizes) {
        if (section.equals(ModelKind.MELODY.section())) {
            long encoder = value(sizes, "encoderState");
            long decoder = value(sizes, "decoderState");
            long latent = value(sizes, "latentSize");
            return 8 * encoder * (encoder + Melody.CLASSES) + 4 * decoder * (decoder + latent + Melody.CLASSES) + 2 * encoder * latent;
        }
        long width = Math.max(value(sizes, "imageRows") * value(sizes, "imageCols"),
                Math.max(value(sizes, "inputRows") * value(sizes, "inputCols"), value(sizes, "outputRows") * value(sizes, "outputCols")));
        long total = 0;
        JsonElement hidden = sizes.get("hidden");
        if (hidden != null && hidden.isJsonArray()) {
            for (JsonElement h : hidden.getAsJsonArray()) {
                total += width * h.getAsLong();
                width = h.getAsLong();
            }
        }
        return total;
    }

    private static long value(JsonObject sizes, String name) {
        JsonElement value = sizes.get(name);
        return value == null ? 0 : value.getAsLong();
    }
}
