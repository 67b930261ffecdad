package org.latentexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.latentexplorer.data.DataRoot;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageFolder;
import org.latentexplorer.data.ImageNoise;
import org.latentexplorer.data.Melody;
import org.latentexplorer.lab.ImageFit;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.AutoencoderConfig;
import org.latentexplorer.model.ClassifierConfig;
import org.latentexplorer.model.MelodyVaeConfig;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.VaeConfig;
import org.latentexplorer.train.AutoencoderPlan;
import org.latentexplorer.train.AutoencoderTrainer;
import org.latentexplorer.train.ClassifierPlan;
import org.latentexplorer.train.ClassifierTrainer;
import org.latentexplorer.train.EpochFigures;
import org.latentexplorer.train.EpochMetrics;
import org.latentexplorer.train.ImageSource;
import org.latentexplorer.train.ImageVaeTrainer;
import org.latentexplorer.train.MelodyEpochMetrics;
import org.latentexplorer.train.MelodyTrainingPlan;
import org.latentexplorer.train.MelodyVaeTrainer;
import org.latentexplorer.train.PcaPlan;
import org.latentexplorer.train.PcaTrainer;
import org.latentexplorer.train.RunChecks;
import org.latentexplorer.train.RunSettings;
import org.latentexplorer.train.Schedule;
import org.latentexplorer.train.TrainedModel;
import org.latentexplorer.train.TrainingPlan;
import org.latentexplorer.train.TrainingResult;
import org.latentexplorer.train.TrainingStopped;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model and save it as a model directory.",
                "--kind image (default): a VAE on MNIST, Fashion-MNIST, any folder of IDX files, or your own pictures (--images).",
                "--kind melody: a VAE on two-bar melodies of the folk tunes (--corpus folk, the default), the game music"
                        + " (--corpus games) or MIDI files (--midi), split into train and test by song.",
                "--kind autoencoder: a plain (deterministic) autoencoder with the image VAE's MLP shape.",
                "--kind denoise: an autoencoder from noisy images (noise kind and strength drawn per batch) to clean ones.",
                "--kind superres: a network from downsampled images (--input-side 14 or 7) to 28x28 ones.",
                "--kind classifier: a digit classifier (conv or mlp), to score decoded images.",
                "--kind pca: principal component analysis onto --latent axes (no epochs)."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** What to train: a model kind, or an autoencoder of a role (denoise, superres). */
    enum Kind {
        IMAGE, MELODY, AUTOENCODER, DENOISE, SUPERRES, CLASSIFIER, PCA;

        /** As typed on the command line (and as it enters the checkpoint key). */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--kind", defaultValue = "image",
            description = "image, melody, autoencoder, denoise, superres, classifier or pca (default: ${DEFAULT-VALUE})")
    Kind kind;

    @Option(names = "--dataset", defaultValue = "mnist", description = "mnist or fashion-mnist (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--data", description = "folder holding the four standard IDX files (default: where setup put the data set)")
    Path data;

    @Option(names = "--images", paramLabel = "DIR", description = "your own pictures (PNG, JPEG or GIF, any size) in place of"
            + " --dataset: one sub-folder per class, named after it, or all in DIR as one class; one picture in --test-every"
            + " of each folder is held out for testing")
    Path images;

    @Option(names = "--images-fit", defaultValue = "mnist", paramLabel = "FIT", description = "how a picture becomes 28x28: mnist"
            + " (the ink's box scaled into 20x20 and centred by its centre of mass, as MNIST was made) or resize (the whole"
            + " picture scaled) (default: ${DEFAULT-VALUE})")
    ImageFit imagesFit;

    @Option(names = "--images-ink", defaultValue = "auto", paramLabel = "INK", description = "light (light ink on a dark ground,"
            + " as MNIST), dark (dark on light: inverted) or auto (decided by each picture's border) (default: ${DEFAULT-VALUE})")
    ImageFolder.Ink imagesInk;

    @Option(names = "--arch", description = "mlp or conv (default: mlp; conv for a classifier)")
    Architecture architecture;

    @Option(names = "--hidden", split = ",",
            description = "hidden sizes; for conv: channels1,channels2,dense (default: 512,256; a classifier: 16,32,128 conv, 256,128 mlp)")
    List<Integer> hidden;

    @Option(names = "--latent", description = "latent size, an autoencoder's bottleneck, PCA's axes (default: 2 for images,"
            + " autoencoder and pca; 32 for melodies and denoise; 64 for superres)")
    Integer latent;

    @Option(names = "--input-side", defaultValue = "14", description = "superres: side of the downsampled input, 14 or 7 (default: ${DEFAULT-VALUE})")
    int inputSide;

    @Option(names = "--noise-sigma", split = ",", defaultValue = "0.1,0.6", paramLabel = "MIN,MAX",
            description = "denoise: range of the Gaussian noise's sigma, drawn per batch (default: ${DEFAULT-VALUE})")
    float[] noiseSigma;

    @Option(names = "--noise-fraction", split = ",", defaultValue = "0.05,0.3", paramLabel = "MIN,MAX",
            description = "denoise: range of the salt-and-pepper fraction, drawn per batch (default: ${DEFAULT-VALUE})")
    float[] noiseFraction;

    @Option(names = "--test-sigma", defaultValue = "0.4", description = "denoise: Gaussian sigma of the test figures (default: ${DEFAULT-VALUE})")
    float testSigma;

    @Option(names = "--test-fraction", defaultValue = "0.15",
            description = "denoise: salt-and-pepper fraction of the test figures (default: ${DEFAULT-VALUE})")
    float testFraction;

    @Option(names = "--midi", arity = "1..*", paramLabel = "DIR",
            description = "melody: your own MIDI files or folders, in place of --corpus")
    List<Path> midi;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--encoder", defaultValue = "256", description = "melody: encoder LSTM units each way (default: ${DEFAULT-VALUE})")
    int encoderState;

    @Option(names = "--decoder", defaultValue = "512", description = "melody: decoder LSTM units (default: ${DEFAULT-VALUE})")
    int decoderState;

    @Option(names = "--free-bits", defaultValue = "16", description = "melody: KL nats per melody that cost nothing (default: ${DEFAULT-VALUE})")
    float freeBits;

    @Option(names = "--warmup-epochs", defaultValue = "5", description = "melody: epochs over which beta rises to its maximum (default: ${DEFAULT-VALUE})")
    int warmupEpochs;

    @Option(names = "--transpose", defaultValue = "5", description = "melody: random transposition within +-N semitones (default: ${DEFAULT-VALUE})")
    int transpose;

    @Option(names = "--sampling", defaultValue = "0", description = "melody: scheduled sampling, the highest chance that the decoder"
            + " sees its own previous prediction, reached halfway through (default: ${DEFAULT-VALUE})")
    float sampling;

    @Option(names = "--hop", defaultValue = "16", description = "melody: training windows start every N sixteenths;"
            + " 16 = every bar, like the test windows, 4 = every beat (default: ${DEFAULT-VALUE})")
    int hop;

    @Option(names = "--test-every", defaultValue = "10", description = "melody: about one song in N is held out;"
            + " --images: one picture in N of each folder (default: ${DEFAULT-VALUE})")
    int testEvery;

    @Option(names = "--map-limit", defaultValue = "6000", description = "melody: corpus melodies encoded into latent-map.bin (default: ${DEFAULT-VALUE})")
    int mapLimit;

    @Option(names = "--epochs", defaultValue = "10", description = "epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", defaultValue = "128", description = "batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--lr", defaultValue = "0.001", description = "Adam learning rate (default: ${DEFAULT-VALUE})")
    float learningRate;

    @Option(names = "--schedule", defaultValue = "constant", description = "learning rate schedule: constant or cosine (default: ${DEFAULT-VALUE})")
    Schedule schedule;

    @Option(names = "--beta", description = "weight of the KL term (default: 1 for images; for melodies 0.2, reached after the warm-up)")
    Float beta;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--train-limit", defaultValue = "0", description = "use only the first N training images or melodies (0 = all)")
    int trainLimit;

    @Option(names = "--test-limit", defaultValue = "0", description = "evaluate on only the first N test images (0 = all)")
    int testLimit;

    @Option(names = {"-o", "--output"}, required = true, description = "model directory to write, e.g. models/my-vae")
    Path output;

    @Option(names = "--checkpoints", description = "checkpoint folder (default: one per run under ~/.cache/latent-explorer/checkpoints,"
            + " named by OUTPUT and keyed by the run's settings and OUTPUT's full path)")
    Path checkpoints;

    @Option(names = "--resume", description = "continue from the last checkpoint of this same run (same settings and OUTPUT)")
    boolean resume;

    /** The option that sets each size of a model, for the sizes' range check. */
    private static final Map<String, String> SIZE_OPTIONS = Map.of("latentSize", "--latent", "bottleneck", "--latent",
            "hidden", "--hidden", "encoderState", "--encoder", "decoderState", "--decoder");

    /** Options that do not change what a run computes, left out of its checkpoint key. */
    private static final List<String> NOT_RUN_SETTINGS = List.of("--output", "--checkpoints", "--resume", "--help", "--version");

    /** How long a SIGTERM waits for the run to reach a batch boundary (or finish a save) before the JVM exits anyway. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private ConsoleProgress progress;
    private ImageFolder.Loaded folder;

    @Override
    public Integer call() throws Exception {
        TrainOptionChecks.check(output, checkpoints, hop, testEvery, trainLimit, testLimit, mapLimit, warmupEpochs, transpose);
        ModelStore.requireReplaceable(output);
        if (beta != null) {
            RunChecks.beta(beta);
        }
        Path checkpointDir = checkpoints != null ? checkpoints : checkpointFolder();
        if (images != null) {
            folder = readImages();
        }
        String command = "./latent " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        try (StopOnShutdown stop = new StopOnShutdown(STOP_GRACE)) {
            progress = new ConsoleProgress(stop::requested);
            try {
                return train(checkpointDir, command);
            } catch (TrainingStopped e) {
                // written before the hook is released, so that the JVM exits after this line, not before it
                progress.message(e.getMessage());
                return 1;
            }
        }
    }

    /** Reads --images and prints what it found, folder by folder, before anything is trained. */
    private ImageFolder.Loaded readImages() throws IOException {
        if (kind == Kind.MELODY || kind == Kind.CLASSIFIER) {
            throw new IllegalArgumentException("--images works with --kind image, autoencoder, denoise, superres or pca, not " + kind);
        }
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (parsed.hasMatchedOption("--data") || parsed.hasMatchedOption("--dataset")) {
            throw new IllegalArgumentException("--images takes the place of --dataset and --data: give one or the other");
        }
        ImageFolder.Loaded loaded = ImageFolder.load(images, new ImageFolder.Settings(imagesFit, imagesInk, testEvery));
        PrintWriter out = spec.commandLine().getOut();
        loaded.report().lines().forEach(out::println);
        out.flush();
        return loaded;
    }

    private int train(Path checkpointDir, String command) throws Exception {
        return switch (kind) {
            case IMAGE -> trainImages(checkpointDir, command);
            case MELODY -> trainMelodies(checkpointDir, command);
            case AUTOENCODER -> trainAutoencoder(AutoencoderConfig.Role.PLAIN, checkpointDir, command);
            case DENOISE -> trainAutoencoder(AutoencoderConfig.Role.DENOISE, checkpointDir, command);
            case SUPERRES -> trainAutoencoder(AutoencoderConfig.Role.SUPERRES, checkpointDir, command);
            case CLASSIFIER -> trainClassifier(checkpointDir, command);
            case PCA -> trainPca(command);
        };
    }

    private int trainMelodies(Path checkpointDir, String command) throws Exception {
        MelodyVaeConfig config = new MelodyVaeConfig(encoderState, decoderState, latentOr(32), Melody.WINDOW_STEPS);
        ModelStore.requireSaneSizes(ModelKind.MELODY, config, SIZE_OPTIONS);
        MelodyTrainingPlan plan = new MelodyTrainingPlan(output.getFileName().toString(), config,
                corpus.source(midi, "--midi"), testEvery, hop, epochs, batch, learningRate,
                schedule(), beta == null ? 0.2f : beta, freeBits, warmupEpochs,
                transpose, sampling, seed, trainLimit, mapLimit, output, checkpointDir, resume, command);
        MelodyVaeTrainer.MelodyResult result = new MelodyVaeTrainer(plan, progress,
                new MelodyTrainingFigures(progress, plan.source().describe())).run();
        MelodyEpochMetrics last = result.last();
        spec.commandLine().getOut().printf(Locale.ROOT, "held-out reconstruction accuracy %.3f per step (teacher-forced %.3f), cross-entropy %.2f"
                + " + KL %.2f nats/melody, model in %s%n", last.reconstructionAccuracy(), last.teacherForcedAccuracy(),
                last.testCrossEntropy(), last.testKl(), result.model());
        return 0;
    }

    private int trainImages(Path checkpointDir, String command) throws Exception {
        ImageDataset set = folder != null ? null : ImageDataset.fromId(dataset);
        VaeConfig config = new VaeConfig(architecture(Architecture.MLP), 28, 28, hiddenOr(List.of(512, 256)), latentOr(2));
        ModelStore.requireSaneSizes(ModelKind.IMAGE_VAE, config, SIZE_OPTIONS);
        TrainingPlan plan = new TrainingPlan(output.getFileName().toString(), config, set,
                set == null ? null : data != null ? data : set.defaultDirectory(), epochs, batch, learningRate, schedule(),
                beta == null ? 1f : beta, seed, trainLimit, testLimit, output, checkpointDir, resume, command, folder);
        TrainingResult result = new ImageVaeTrainer(plan, progress).run();
        EpochMetrics last = result.last();
        spec.commandLine().getOut().printf(Locale.ROOT, "test negative ELBO %.2f nats/image (reconstruction %.2f + KL %.2f), model in %s%n",
                last.testNegativeElbo(), last.testReconstruction(), last.testKl(), result.model());
        return 0;
    }

    private int trainAutoencoder(AutoencoderConfig.Role role, Path checkpointDir, String command) throws Exception {
        List<Integer> sizes = hiddenOr(List.of(512, 256));
        AutoencoderConfig config = switch (role) {
            case PLAIN -> AutoencoderConfig.plain(sizes, latentOr(2));
            case DENOISE -> AutoencoderConfig.denoise(sizes, latentOr(32));
            case SUPERRES -> {
                if (inputSide != 14 && inputSide != 7) {
                    throw new IllegalArgumentException("--input-side must be 14 or 7 (28x28 downsampled 2 or 4 times), got " + inputSide);
                }
                yield AutoencoderConfig.superres(inputSide, sizes, latentOr(64));
            }
        };
        ModelStore.requireSaneSizes(ModelKind.AUTOENCODER, config, SIZE_OPTIONS);
        AutoencoderPlan.Denoising denoising = role != AutoencoderConfig.Role.DENOISE ? null : new AutoencoderPlan.Denoising(
                new ImageNoise.Range(range(noiseSigma, "--noise-sigma")[0], noiseSigma[1], range(noiseFraction, "--noise-fraction")[0],
                        noiseFraction[1]), testSigma, testFraction);
        TrainedModel result = new AutoencoderTrainer(new AutoencoderPlan(config, source(), run(checkpointDir, command), denoising),
                progress).run();
        EpochFigures last = result.last();
        spec.commandLine().getOut().printf(Locale.ROOT, "test cross-entropy %.2f nats/image, MSE %.5f, PSNR %.2f dB%s, model in %s%n",
                last.figure("testBce"), last.figure("testMse"), last.figure("testPsnr"),
                denoising == null ? "" : String.format(Locale.ROOT, " (noisy inputs %.2f dB)", last.figure("noisyPsnr")), result.model());
        return 0;
    }

    private int trainClassifier(Path checkpointDir, String command) throws Exception {
        Architecture arch = architecture(Architecture.CONV);
        ClassifierConfig config = ClassifierConfig.digits(arch, hiddenOr(arch == Architecture.CONV ? List.of(16, 32, 128) : List.of(256, 128)));
        ModelStore.requireSaneSizes(ModelKind.CLASSIFIER, config, SIZE_OPTIONS);
        TrainedModel result = new ClassifierTrainer(new ClassifierPlan(config, source(), run(checkpointDir, command)),
                progress).run();
        spec.commandLine().getOut().printf(Locale.ROOT, "test accuracy %.4f (cross-entropy %.4f nats/image), model in %s%n",
                result.last().figure("testAccuracy"), result.last().figure("testCrossEntropy"), result.model());
        return 0;
    }

    private int trainPca(String command) throws Exception {
        TrainedModel result = new PcaTrainer(new PcaPlan(latentOr(2), source(), output, command), progress).run();
        Map<String, Double> figures = result.card().metrics().extra();
        spec.commandLine().getOut().printf(Locale.ROOT, "explained variance %.4f, test MSE %.5f, PSNR %.2f dB, cross-entropy %.2f"
                        + " nats/image, model in %s%n", figures.get("explainedVarianceRatio"), figures.get("testMse"),
                figures.get("testPsnr"), figures.get("testBce"), result.model());
        return 0;
    }

    /**
     * This run's checkpoint folder: OUTPUT's name and a hash of every setting and OUTPUT's absolute path, so that
     * two runs never share one and a resume continues only the run it belongs to.
     */
    Path checkpointFolder() {
        Path target = output.toAbsolutePath().normalize();
        StringBuilder settings = new StringBuilder(target.toString());
        for (OptionSpec option : spec.options()) {
            if (!NOT_RUN_SETTINGS.contains(option.longestName())) {
                settings.append('\n').append(option.longestName()).append('=').append(settingText(option.getValue()));
            }
        }
        return DataRoot.resolve("checkpoints").resolve(
                target.getFileName() + "-" + sha256(settings.toString()).substring(0, 16));
    }

    private static String settingText(Object value) {
        if (value instanceof Path path) {
            return path.toAbsolutePath().normalize().toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TrainCommand::settingText).toList().toString();
        }
        if (value instanceof float[] numbers) {
            return Arrays.toString(numbers);
        }
        return String.valueOf(value);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private ImageSource source() {
        if (folder != null) {
            return ImageSource.of(folder, trainLimit, testLimit);
        }
        ImageDataset set = ImageDataset.fromId(dataset);
        return new ImageSource(set, data != null ? data : set.defaultDirectory(), trainLimit, testLimit);
    }

    private RunSettings run(Path checkpointDir, String command) {
        return new RunSettings(epochs, batch, learningRate, schedule(), seed, output, checkpointDir, resume, command);
    }

    private Schedule schedule() {
        return schedule;
    }

    private Architecture architecture(Architecture fallback) {
        return architecture == null ? fallback : architecture;
    }

    private List<Integer> hiddenOr(List<Integer> fallback) {
        return hidden == null ? fallback : hidden;
    }

    private int latentOr(int fallback) {
        return latent == null ? fallback : latent;
    }

    private static float[] range(float[] values, String option) {
        if (values.length != 2) {
            throw new IllegalArgumentException(option + " takes MIN,MAX, got " + values.length + " numbers");
        }
        return values;
    }
}
