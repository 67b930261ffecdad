package org.latentexplorer.model;

import java.util.List;
import java.util.Map;

/**
 * What {@code model.json} holds: enough to rebuild the network, and the record of how it was trained
 * and how good it is.
 */
public record ModelCard(
        int formatVersion,
        String kind,
        String name,
        String description,
        VaeConfig architecture,
        Dataset dataset,
        Training training,
        Metrics metrics,
        Engine engine,
        String created,
        MelodyVaeConfig melody) {

    public static final int FORMAT_VERSION = 1;
    public static final String KIND_IMAGE = "image";
    public static final String KIND_MELODY = "melody";

    /** An image model's card: {@code architecture} holds its sizes. */
    public ModelCard(int formatVersion, String kind, String name, String description, VaeConfig architecture, Dataset dataset,
                     Training training, Metrics metrics, Engine engine, String created) {
        this(formatVersion, kind, name, description, architecture, dataset, training, metrics, engine, created, null);
    }

    public boolean isMelody() {
        return KIND_MELODY.equals(kind);
    }

    public record Dataset(String name, int trainImages, int testImages, List<String> classNames) {
    }

    public record Training(int epochs, int batchSize, float learningRate, String schedule, float beta, long seed,
                           double secondsPerEpoch, String command) {
    }

    /**
     * Test-set figures in nats per image (per melody for melody models): negative ELBO = reconstruction + KL.
     * Melody models add {@code reconstructionAccuracy} and {@code teacherForcedAccuracy} in {@code extra}.
     */
    public record Metrics(double testNegativeElbo, double testReconstruction, double testKl,
                          Map<String, Double> extra) {
    }

    public record Engine(String name, String version, String device, String djlVersion) {
    }

    public ModelCard withMetrics(Metrics newMetrics) {
        return new ModelCard(formatVersion, kind, name, description, architecture, dataset, training, newMetrics, engine, created, melody);
    }
}
