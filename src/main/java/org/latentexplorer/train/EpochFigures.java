package org.latentexplorer.train;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One epoch of an autoencoder or classifier run: the mean training loss and the test figures by name
 * (in the order the trainer lists them; the model card's {@code metrics.extra} uses the same names).
 */
public record EpochFigures(int epoch, double trainLoss, Map<String, Double> test, double seconds) implements EpochReport {
    public EpochFigures {
        test = Collections.unmodifiableMap(new LinkedHashMap<>(test));
    }

    public double figure(String name) {
        Double value = test.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no test figure '" + name + "' (have " + test.keySet() + ")");
        }
        return value;
    }

    /** The CSV header for epochs with figures of these names: camelCase names become snake_case columns. */
    static String csvHeader(Collection<String> names) {
        return "epoch,train_loss," + names.stream().map(EpochFigures::column).collect(Collectors.joining(",")) + ",seconds";
    }

    @Override
    public String csvRow() {
        return epoch + String.format(Locale.ROOT, ",%.4f,", trainLoss)
                + test.values().stream().map(v -> String.format(Locale.ROOT, "%.5f", v)).collect(Collectors.joining(","))
                + String.format(Locale.ROOT, ",%.3f", seconds);
    }

    public String summary() {
        return String.format(Locale.ROOT, "epoch %d: train loss %.3f, ", epoch, trainLoss)
                + test.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.4f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "))
                + String.format(Locale.ROOT, ", %.1f s", seconds);
    }

    private static String column(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
