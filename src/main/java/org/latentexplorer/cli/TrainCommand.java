package org.latentexplorer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.model.MelodyVaeConfig;
import org.latentexplorer.train.MelodyEpochMetrics;
import org.latentexplorer.train.MelodyTrainingPlan;
import org.latentexplorer.train.MelodyVaeTrainer;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.VaeConfig;
import org.latentexplorer.train.EpochMetrics;
import org.latentexplorer.train.ImageVaeTrainer;
import org.latentexplorer.train.ProgressListener;
import org.latentexplorer.train.Schedule;
import org.latentexplorer.train.TrainingPlan;
import org.latentexplorer.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a VAE and save it as a model directory.",
                "--kind image (default): on MNIST, Fashion-MNIST or any folder of IDX files.",
                "--kind melody: on two-bar melodies from MIDI files (--midi), split into train and test by song."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kind", defaultValue = "image", description = "image or melody (default: ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--dataset", defaultValue = "mnist", description = "mnist or fashion-mnist (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--data", description = "folder holding the four standard IDX files (default: where setup put the data set)")
    Path data;

    @Option(names = "--arch", defaultValue = "mlp", description = "mlp or conv (default: ${DEFAULT-VALUE})")
    String architecture;

    @Option(names = "--hidden", split = ",", defaultValue = "512,256",
            description = "hidden sizes; for conv: channels1,channels2,dense (default: ${DEFAULT-VALUE})")
    List<Integer> hidden;

    @Option(names = "--latent", description = "latent size (default: 2 for images, 32 for melodies)")
    Integer latent;

    @Option(names = "--midi", arity = "1..*", paramLabel = "DIR",
            description = "melody: MIDI files or folders (default: the game music corpus that setup installs)")
    List<Path> midi;

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

    @Option(names = "--test-every", defaultValue = "10", description = "melody: about one song in N is held out (default: ${DEFAULT-VALUE})")
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
    String schedule;

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

    @Option(names = "--checkpoints", description = "checkpoint folder (default: OUTPUT's name under ~/.cache/latent-explorer/checkpoints)")
    Path checkpoints;

    @Option(names = "--resume", description = "continue from the last checkpoint")
    boolean resume;

    @Override
    public Integer call() throws Exception {
        Path checkpointDir = checkpoints != null ? checkpoints : Path.of(System.getProperty("user.home"),
                ".cache", "latent-explorer", "checkpoints", output.toAbsolutePath().normalize().getFileName().toString());
        String command = "./latent " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "image":
                return trainImages(checkpointDir, command);
            case "melody":
                return trainMelodies(checkpointDir, command);
            default:
                throw new IllegalArgumentException("--kind must be image or melody, got '" + kind + "'");
        }
    }

    private int trainMelodies(Path checkpointDir, String command) throws Exception {
        MelodyVaeConfig config = new MelodyVaeConfig(encoderState, decoderState, latent == null ? 32 : latent, Melody.WINDOW_STEPS);
        MelodyTrainingPlan plan = new MelodyTrainingPlan(output.getFileName().toString(), config,
                midi == null ? MelodyCorpus.DEFAULT_FOLDERS : midi, testEvery, hop, epochs, batch, learningRate,
                Schedule.valueOf(schedule.toUpperCase(Locale.ROOT)), beta == null ? 0.2f : beta, freeBits, warmupEpochs,
                transpose, sampling, seed, trainLimit, mapLimit, output, checkpointDir, resume, command);
        MelodyVaeTrainer.MelodyResult result = new MelodyVaeTrainer(plan, new ConsoleProgress()).run();
        MelodyEpochMetrics last = result.last();
        spec.commandLine().getOut().printf(Locale.ROOT, "held-out reconstruction accuracy %.3f per step (teacher-forced %.3f), cross-entropy %.2f"
                + " + KL %.2f nats/melody, model in %s%n", last.reconstructionAccuracy(), last.teacherForcedAccuracy(),
                last.testCrossEntropy(), last.testKl(), result.model());
        return 0;
    }

    private int trainImages(Path checkpointDir, String command) throws Exception {
        ImageDataset set = ImageDataset.fromId(dataset);
        Architecture arch = Architecture.valueOf(architecture.toUpperCase(Locale.ROOT));
        VaeConfig config = new VaeConfig(arch, 28, 28, hidden, latent == null ? 2 : latent);
        TrainingPlan plan = new TrainingPlan(output.getFileName().toString(), config, set,
                data != null ? data : set.defaultDirectory(), epochs, batch, learningRate,
                Schedule.valueOf(schedule.toUpperCase(Locale.ROOT)), beta == null ? 1f : beta, seed,
                trainLimit, testLimit, output, checkpointDir, resume, command);
        TrainingResult result = new ImageVaeTrainer(plan, new ConsoleProgress()).run();
        EpochMetrics last = result.last();
        spec.commandLine().getOut().printf(Locale.ROOT, "test negative ELBO %.2f nats/image (reconstruction %.2f + KL %.2f), model in %s%n",
                last.testNegativeElbo(), last.testReconstruction(), last.testKl(), result.model());
        return 0;
    }

    /** A one-line progress bar on the terminal, and one summary line per epoch. */
    static final class ConsoleProgress implements ProgressListener {
        private static final int WIDTH = 30;
        private final boolean interactive = System.console() != null;
        private long lastDraw;

        @Override
        public void message(String line) {
            System.err.println(line);
        }

        @Override
        public void batch(int epoch, int epochs, int batch, int batches, double runningLoss, double elapsedSeconds) {
            long now = System.nanoTime();
            if (!interactive || (now - lastDraw < 100_000_000L && batch != batches)) {
                return;
            }
            lastDraw = now;
            int filled = (int) ((long) WIDTH * batch / batches);
            String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
            System.err.printf(Locale.ROOT, "\repoch %d/%d [%s] %d/%d loss %.2f %.1fs ", epoch, epochs, bar, batch, batches,
                    runningLoss, elapsedSeconds);
        }

        @Override
        public void melodyEpoch(MelodyEpochMetrics m) {
            clearBar();
            System.err.println(m.summary());
        }

        private void clearBar() {
            if (interactive) {
                System.err.print("\r" + " ".repeat(90) + "\r");
            }
        }

        @Override
        public void epoch(EpochMetrics m) {
            if (interactive) {
                System.err.print("\r" + " ".repeat(90) + "\r");
            }
            System.err.printf(Locale.ROOT, "epoch %d: train loss %.2f, test -ELBO %.2f (recon %.2f, KL %.2f), %.1f s%n",
                    m.epoch(), m.trainLoss(), m.testNegativeElbo(), m.testReconstruction(), m.testKl(), m.seconds());
        }
    }
}
