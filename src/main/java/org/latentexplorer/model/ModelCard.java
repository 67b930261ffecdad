package org.latentexplorer.model;

import java.util.List;
import java.util.Map;

/**
 * What {@code model.json} holds: enough to rebuild the network, and the record of how it was trained
 * and how good it is. Exactly one of the size sections is present, the one of the card's {@code kind}:
 * {@code architecture} (image VAE), {@code melody}, {@code autoencoder}, {@code classifier}, {@code pca} or
 * {@code torchscript} (an imported VAE) ({@link ModelKind#section()}).
 * {@code checksums} (written at save; absent, null, on older or hand-made cards) holds the SHA-256 of each data
 * file by name and of the size section under {@link Checksums#SIZES}, verified on load.
 */
public record ModelCard(
        int formatVersion,
        ModelKind kind,
        String name,
        String description,
        VaeConfig architecture,
        Dataset dataset,
        Training training,
        Metrics metrics,
        Engine engine,
        String created,
        MelodyVaeConfig melody,
        AutoencoderConfig autoencoder,
        ClassifierConfig classifier,
        PcaConfig pca,
        Map<String, String> checksums,
        TorchScriptConfig torchscript) {

    public static final int FORMAT_VERSION = 1;

    /** An image model's card: {@code architecture} holds its sizes. */
    public ModelCard(int formatVersion, ModelKind kind, String name, String description, VaeConfig architecture, Dataset dataset,
                     Training training, Metrics metrics, Engine engine, String created) {
        this(formatVersion, kind, name, description, architecture, dataset, training, metrics, engine, created, null);
    }

    /** A VAE's card: {@code architecture} holds an image VAE's sizes, {@code melody} a melody VAE's. */
    public ModelCard(int formatVersion, ModelKind kind, String name, String description, VaeConfig architecture, Dataset dataset,
                     Training training, Metrics metrics, Engine engine, String created, MelodyVaeConfig melody) {
        this(formatVersion, kind, name, description, architecture, dataset, training, metrics, engine, created, melody,
                null, null, null);
    }

    /** A card without checksums. */
    public ModelCard(int formatVersion, ModelKind kind, String name, String description, VaeConfig architecture, Dataset dataset,
                     Training training, Metrics metrics, Engine engine, String created, MelodyVaeConfig melody,
                     AutoencoderConfig autoencoder, ClassifierConfig classifier, PcaConfig pca) {
        this(formatVersion, kind, name, description, architecture, dataset, training, metrics, engine, created, melody,
                autoencoder, classifier, pca, null);
    }

    /** A card of one of our own kinds (no {@code torchscript} section). */
    public ModelCard(int formatVersion, ModelKind kind, String name, String description, VaeConfig architecture, Dataset dataset,
                     Training training, Metrics metrics, Engine engine, String created, MelodyVaeConfig melody,
                     AutoencoderConfig autoencoder, ClassifierConfig classifier, PcaConfig pca, Map<String, String> checksums) {
        this(formatVersion, kind, name, description, architecture, dataset, training, metrics, engine, created, melody,
                autoencoder, classifier, pca, checksums, null);
    }

    public static ModelCard autoencoder(String name, String description, AutoencoderConfig sizes, Dataset dataset,
                                        Training training, Metrics metrics, Engine engine, String created) {
        return new ModelCard(FORMAT_VERSION, ModelKind.AUTOENCODER, name, description, null, dataset, training, metrics, engine,
                created, null, sizes, null, null);
    }

    public static ModelCard classifier(String name, String description, ClassifierConfig sizes, Dataset dataset,
                                       Training training, Metrics metrics, Engine engine, String created) {
        return new ModelCard(FORMAT_VERSION, ModelKind.CLASSIFIER, name, description, null, dataset, training, metrics, engine,
                created, null, null, sizes, null);
    }

    public static ModelCard pca(String name, String description, PcaConfig sizes, Dataset dataset,
                                Training training, Metrics metrics, Engine engine, String created) {
        return new ModelCard(FORMAT_VERSION, ModelKind.PCA, name, description, null, dataset, training, metrics, engine,
                created, null, null, null, sizes);
    }

    /** An imported TorchScript VAE's card: {@code torchscript} holds how it is called; it was not trained here. */
    public static ModelCard importedTorchScript(String name, String description, TorchScriptConfig sizes, Dataset dataset,
                                                Metrics metrics, Engine engine, String created) {
        return new ModelCard(FORMAT_VERSION, ModelKind.IMPORTED_TORCHSCRIPT, name, description, null, dataset, null, metrics,
                engine, created, null, null, null, null, null, sizes);
    }

    public record Dataset(String name, int trainImages, int testImages, List<String> classNames) {
    }

    /**
     * How the model was trained. {@code settings} holds what only some kinds have (a denoiser's noise ranges, a melody
     * model's split: {@link #TEST_EVERY} and {@link #TRAIN_HOP}); it is absent (null) for image VAEs and older cards.
     */
    public record Training(int epochs, int batchSize, float learningRate, String schedule, float beta, long seed,
                           double secondsPerEpoch, String command, Map<String, Double> settings) {
        /** A melody model's held-out share: one song in N. */
        public static final String TEST_EVERY = "testEvery";
        /** A melody model's training windows start every N sixteenths. */
        public static final String TRAIN_HOP = "trainHop";

        public Training(int epochs, int batchSize, float learningRate, String schedule, float beta, long seed,
                        double secondsPerEpoch, String command) {
            this(epochs, batchSize, learningRate, schedule, beta, seed, secondsPerEpoch, command, null);
        }
    }

    /**
     * Test-set figures. For VAEs in nats per image (per melody for melody models): negative ELBO =
     * reconstruction + KL; melody models add {@code reconstructionAccuracy} and {@code teacherForcedAccuracy}
     * in {@code extra}. Other kinds have no ELBO (those three are absent, null) and keep all their figures in
     * {@code extra}: autoencoders {@code testBce} (nats per image), {@code testMse} (per pixel), {@code testPsnr}
     * (dB, per image, averaged); classifiers {@code testAccuracy}; PCA {@code explainedVarianceRatio} too.
     */
    public record Metrics(Double testNegativeElbo, Double testReconstruction, Double testKl, Map<String, Double> extra) {
        /** A card's figures for a model that has no ELBO. */
        public Metrics(Map<String, Double> extra) {
            this(null, null, null, extra);
        }
    }

    public record Engine(String name, String version, String device, String djlVersion) {
    }

    public ModelCard withMetrics(Metrics newMetrics) {
        return new ModelCard(formatVersion, kind, name, description, architecture, dataset, training, newMetrics, engine, created,
                melody, autoencoder, classifier, pca, checksums, torchscript);
    }

    public ModelCard withChecksums(Map<String, String> newChecksums) {
        return new ModelCard(formatVersion, kind, name, description, architecture, dataset, training, metrics, engine, created,
                melody, autoencoder, classifier, pca, newChecksums, torchscript);
    }

    /** The section that holds this card's sizes, by kind (null when it is missing). */
    public Object sizes() {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case IMAGE_VAE -> architecture;
            case MELODY -> melody;
            case AUTOENCODER -> autoencoder;
            case CLASSIFIER -> classifier;
            case PCA -> pca;
            case IMPORTED_TORCHSCRIPT -> torchscript;
        };
    }

    /** An image VAE's image height, ours or imported. */
    public int imageRows() {
        return kind == ModelKind.IMPORTED_TORCHSCRIPT ? torchscript.imageRows() : architecture.imageRows();
    }

    /** An image VAE's image width, ours or imported. */
    public int imageCols() {
        return kind == ModelKind.IMPORTED_TORCHSCRIPT ? torchscript.imageCols() : architecture.imageCols();
    }

    /** An image VAE's latent size, ours or imported. */
    public int imageLatentSize() {
        return kind == ModelKind.IMPORTED_TORCHSCRIPT ? torchscript.latentSize() : architecture.latentSize();
    }
}
