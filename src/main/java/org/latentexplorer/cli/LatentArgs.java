package org.latentexplorer.cli;

import java.util.Locale;

/** Parses latent points written as comma-separated numbers ({@code 0.5,-1.2}) and writes them back. */
final class LatentArgs {
    private LatentArgs() {
    }

    /** The point in {@code text}; the exception names the option, the text and the bad value. */
    static float[] parse(String option, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(option + " is empty: give numbers separated by commas, e.g. 0.5,-1.2");
        }
        String[] parts = text.split(",", -1);
        float[] z = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            try {
                z[i] = Float.parseFloat(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " '" + text + "': value " + (i + 1) + " ('" + part
                        + "') is not a number");
            }
            if (!Float.isFinite(z[i])) {
                throw new IllegalArgumentException(option + " '" + text + "': value " + (i + 1) + " ('" + part
                        + "') is not finite");
            }
        }
        return z;
    }

    /** Checks that {@code z} has as many values as the model's latent size, naming both numbers if not. */
    static void checkSize(String option, float[] z, int latentSize, String model) {
        if (z.length != latentSize) {
            throw new IllegalArgumentException(option + " has " + z.length + " value" + (z.length == 1 ? "" : "s")
                    + " but model " + model + " has latent size " + latentSize);
        }
    }

    static String format(float[] z) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < z.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(String.format(Locale.ROOT, "%.4f", z[i]));
        }
        return out.toString();
    }
}
