package org.latentexplorer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.ImageDataset;
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
        description = "Train an image VAE on MNIST, Fashion-MNIST or any folder of IDX files, and save it as a model directory.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", defaultValue = "mnist", description = "mnist or fashion-mnist (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--data", description = "folder holding the four standard IDX files (default: where setup put the data set)")
    Path data;

    @Option(names = "--arch", defaultValue = "mlp", description = "mlp or conv (default: ${DEFAULT-VALUE})")
    String architecture;

    @Option(names = "--hidden", split = ",", defaultValue = "512,256",
            description = "hidden sizes; for conv: channels1,channels2,dense (default: ${DEFAULT-VALUE})")
    List<Integer> hidden;

    @Option(names = "--latent", defaultValue = "2", description = "latent size (default: ${DEFAULT-VALUE})")
    int latent;

    @Option(names = "--epochs", defaultValue = "10", description = "epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", defaultValue = "128", description = "batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--lr", defaultValue = "0.001", description = "Adam learning rate (default: ${DEFAULT-VALUE})")
    float learningRate;

    @Option(names = "--schedule", defaultValue = "constant", description = "learning rate schedule: constant or cosine (default: ${DEFAULT-VALUE})")
    String schedule;

    @Option(names = "--beta", defaultValue = "1", description = "weight of the KL term (default: ${DEFAULT-VALUE})")
    float beta;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--train-limit", defaultValue = "0", description = "use only the first N training images (0 = all)")
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
        ImageDataset set = ImageDataset.fromId(dataset);
        Architecture arch = Architecture.valueOf(architecture.toUpperCase(Locale.ROOT));
        VaeConfig config = new VaeConfig(arch, 28, 28, hidden, latent);
        Path checkpointDir = checkpoints != null ? checkpoints : Path.of(System.getProperty("user.home"),
                ".cache", "latent-explorer", "checkpoints", output.toAbsolutePath().normalize().getFileName().toString());
        String command = "./latent " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        TrainingPlan plan = new TrainingPlan(output.getFileName().toString(), config, set,
                data != null ? data : set.defaultDirectory(), epochs, batch, learningRate,
                Schedule.valueOf(schedule.toUpperCase(Locale.ROOT)), beta, seed,
                trainLimit, testLimit, output, checkpointDir, resume, command);
        TrainingResult result = new ImageVaeTrainer(plan, new ConsoleProgress()).run();
        EpochMetrics last = result.last();
        System.out.printf(Locale.ROOT, "test negative ELBO %.2f nats/image (reconstruction %.2f + KL %.2f), model in %s%n",
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
        public void epoch(EpochMetrics m) {
            if (interactive) {
                System.err.print("\r" + " ".repeat(90) + "\r");
            }
            System.err.printf(Locale.ROOT, "epoch %d: train loss %.2f, test -ELBO %.2f (recon %.2f, KL %.2f), %.1f s%n",
                    m.epoch(), m.trainLoss(), m.testNegativeElbo(), m.testReconstruction(), m.testKl(), m.seconds());
        }
    }
}
