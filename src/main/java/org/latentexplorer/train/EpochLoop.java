package org.latentexplorer.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.latentexplorer.model.Devices;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.Network;

/**
 * The training loop every network shares: shuffled mini-batches, Adam at the run's schedule, the test
 * set evaluated after each epoch, a metrics CSV, a checkpoint after every epoch (resumable: a resumed run
 * replays the shuffles it skips, so it sees the batches an uninterrupted run would), and an atomic save of
 * the final model with the CSV. What differs between networks is a {@link Task}.
 */
final class EpochLoop<N extends Network, R extends EpochReport> {
    static final String METRICS_FILE = "metrics.csv";
    /** A run stops at this many batches in a row whose loss is not a finite number; fewer are skipped. */
    static final int MAX_SKIPPED_IN_A_ROW = 3;

    /** The network-specific parts of a run. */
    interface Task<N extends Network, R extends EpochReport> {
        String csvHeader();

        /** A freshly initialized network. */
        N create(Device device);

        /** The network of a checkpoint, after checking that its sizes are the plan's. */
        Resumed<N> resume(Path checkpoint, Device device) throws IOException;

        Loss loss();

        int trainCount();

        /** What the training examples are called in messages. */
        default String examples() {
            return "examples";
        }

        /** The KL weight a checkpoint must have been trained with to be resumed; null where the run does not check one. */
        default Float resumeBeta() {
            return null;
        }

        /**
         * Whether a batch whose loss is not a finite number is dropped (up to {@link #MAX_SKIPPED_IN_A_ROW} in a row)
         * rather than stopping the run: for long runs on clean data, where one overflow late in training would otherwise
         * cost the whole run; bad input data still stops it at the third such batch in a row.
         */
        default boolean skipsNonFiniteBatches() {
            return false;
        }

        /** The width of the standard normal noise the network draws per example (its latent size), 0 for none. */
        default int noiseWidth() {
            return 0;
        }

        /**
         * Whether a batch's forward and backward passes should run as shards on their own cores (see
         * {@link ShardedBackward}): measured, a recurrent network's many small sequential kernels gain (melody VAE
         * training +13 % on 2 cores) while an MLP's large matrix products already use both cores within each kernel and
         * lose (-10 %).
         */
        default boolean shardBatches() {
            return false;
        }

        /** The largest global L2 norm of the gradients (all parameters together) an update uses; empty for no clipping. */
        default Optional<Float> clipGradient() {
            return Optional.empty();
        }

        /**
         * Called for every epoch before its shuffle is drawn, the epochs a resumed run skips included, so that what the
         * task draws from {@code shuffle} (an augmentation of the epoch) is what an uninterrupted run would draw.
         */
        default void startEpoch(int epoch, Random shuffle) {
        }

        /**
         * The whole training step as one engine call for this network on {@code device}, or null (the default) for the
         * network's forward pass and DJL's backward pass.
         */
        default FusedStep fusedStep(Trainer trainer, List<Parameter> parameters, Device device) {
            return null;
        }

        /** The inputs and labels of the training examples at {@code indices}; {@code random} is this epoch's. */
        Batch batch(NDManager scope, int[] indices, RandomGenerator random);

        /**
         * What the network is fed for {@code batch} at {@code step}, just before the forward pass: by default the batch's
         * inputs; a task may set per-update schedules here or look at the network's own predictions through {@code trainer}.
         */
        default NDList trainingInputs(Trainer trainer, NDManager scope, Batch batch, Step step) {
            return batch.inputs();
        }

        R evaluate(N network, int epoch, double trainLoss, double seconds);

        void report(R report, ProgressListener progress);

        ModelCard card(N network, int epochsDone, List<R> history);

        void saveCheckpoint(Path directory, N network, ModelCard card) throws IOException;

        void saveFinal(Path directory, N network, ModelCard card, ModelStore.BeforeCommit beforeCommit) throws IOException;
    }

    /** A network's whole training step, the forward pass, the loss and every gradient, in one engine call. */
    interface FusedStep extends AutoCloseable {
        /** The batch's loss and one gradient per parameter, in the order of the network's parameters. */
        record Result(float loss, List<NDArray> gradients) {
        }

        /** The step for the training examples at {@code indices} with the batch's standard normal {@code noise}. */
        Result run(NDManager scope, int[] indices, NDArray noise);

        @Override
        void close();
    }

    /** A loaded checkpoint and how many epochs it has trained. */
    record Resumed<N>(N network, int epochsDone) {
    }

    record Batch(NDList inputs, NDList labels) {
    }

    /** Where a batch falls in the run: its epoch (from 1), its index in the epoch (from 0) and the batches of an epoch. */
    record Step(int epoch, int batch, int batches) {
        /** The number of updates before this one. */
        int update() {
            return (epoch - 1) * batches + batch;
        }
    }

    /** The final card and this run's epochs. */
    record Outcome<R>(ModelCard card, List<R> history) {
    }

    private final RunSettings run;
    private final ProgressListener progress;
    private final Task<N, R> task;
    /** The time the listener held the run paused in the current epoch. */
    private long pausedNanos;

    EpochLoop(RunSettings run, ProgressListener progress, Task<N, R> task) {
        this.run = run;
        this.progress = progress;
        this.task = task;
    }

    Outcome<R> run() throws IOException {
        Device device = Devices.preferred();
        progress.message("Engine: " + Devices.summary(device));
        Engine.getInstance().setRandomSeed((int) run.seed());

        RunChecks.batchFits(run.batchSize(), task.trainCount(), task.examples());
        int firstEpoch = 1;
        N network;
        Path checkpointModel = run.checkpoints() == null ? null : run.checkpoints().resolve("model");
        if (RunChecks.resumable(run.resume(), checkpointModel)) {
            RunChecks.sameRun(checkpointModel, ModelStore.readCard(checkpointModel).training(), run.batchSize(), run.learningRate(),
                    run.schedule(), run.seed(), task.resumeBeta());
            Resumed<N> resumed = task.resume(checkpointModel, device);
            network = resumed.network();
            firstEpoch = resumed.epochsDone() + 1;
            progress.message("Resuming from " + checkpointModel + " after epoch " + (firstEpoch - 1));
        } else {
            network = task.create(device);
        }

        List<R> history = new ArrayList<>();
        Path metricsCsv = run.checkpoints() == null ? Files.createTempFile("latent-metrics", ".csv")
                : run.checkpoints().resolve(METRICS_FILE);
        String gap = RunChecks.startMetrics(metricsCsv, task.csvHeader(), firstEpoch - 1);
        if (gap != null) {
            progress.message(gap);
        }

        DefaultTrainingConfig config = new DefaultTrainingConfig(task.loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(learningRate(firstEpoch)).build())
                .optDevices(new Device[] {device});
        try (network; Trainer trainer = network.newTrainer(config);
             ParameterUpdate update = ParameterUpdate.of(trainer, learningRate(firstEpoch), task.clipGradient().orElse(0f),
                     task.shardBatches() ? ParameterUpdate.threads() : 1);
             ShardedBackward shards = task.shardBatches()
                     ? ShardedBackward.of(device.isGpu(), ParameterUpdate.threads(), run.batchSize()).orElse(null) : null;
             FusedStep fused = update.takesGradients() ? task.fusedStep(trainer, update.parameters(), device) : null) {
            Random shuffle = new Random(run.seed());
            for (int skipped = 1; skipped < firstEpoch; skipped++) {
                task.startEpoch(skipped, shuffle);
                permutation(task.trainCount(), shuffle);
            }
            int epochsDone = run.epochs();
            for (int epoch = firstEpoch; epoch <= run.epochs(); epoch++) {
                long start = System.nanoTime();
                pausedNanos = 0;
                task.startEpoch(epoch, shuffle);
                double trainLoss;
                try {
                    trainLoss = trainEpoch(trainer, update, shards, fused, permutation(task.trainCount(), shuffle), epoch, start,
                            epoch > 1 && checkpointModel != null);
                } catch (TrainingStopped stopped) {
                    keepStopped(stopped, network, epoch, start, history);
                    epochsDone = epoch - 1;
                    break;
                }
                R report = task.evaluate(network, epoch, trainLoss, secondsSince(start));
                RunChecks.finiteFigures(report.csvRow(), epoch);
                history.add(report);
                Files.writeString(metricsCsv, report.csvRow() + "\n", StandardOpenOption.APPEND);
                task.report(report, progress);
                if (checkpointModel != null) {
                    task.saveCheckpoint(checkpointModel, network, task.card(network, epoch, history));
                }
            }
            if (history.isEmpty()) {
                throw new IOException("nothing to do: the checkpoint already has " + (firstEpoch - 1)
                        + " epochs and the plan asks for " + run.epochs());
            }
            ModelCard card = task.card(network, epochsDone, history);
            Path csv = metricsCsv;
            task.saveFinal(run.output(), network, card,
                    staged -> Files.copy(csv, staged.resolve(METRICS_FILE), StandardCopyOption.REPLACE_EXISTING));
            progress.message("Saved " + run.output());
            return new Outcome<>(card, history);
        } finally {
            if (run.checkpoints() == null) {
                Files.deleteIfExists(metricsCsv);
            }
        }
    }

    /**
     * A stop the listener keeps: the network as it stands is measured (when the stopped epoch trained any batch; that
     * epoch stays out of the CSV, which holds whole epochs) and the run goes on to its save; otherwise the stop goes on up.
     */
    private void keepStopped(TrainingStopped stopped, N network, int epoch, long start, List<R> history) throws IOException {
        if (!progress.keepWhenStopped() || (stopped.batchesDone == 0 && history.isEmpty())) {
            throw stopped;
        }
        progress.message("stopped during epoch " + epoch + " after " + stopped.batchesDone + " batches; saving the model as it stands");
        if (stopped.batchesDone > 0) {
            R report = task.evaluate(network, epoch, stopped.trainLoss, secondsSince(start));
            RunChecks.finiteFigures(report.csvRow(), epoch);
            history.add(report);
        }
    }

    /** Seconds since {@code start}, less the time the run was paused in this epoch. */
    private double secondsSince(long start) {
        return (System.nanoTime() - start - pausedNanos) / 1e9;
    }

    /** The schedule's rate by update number, offset so that a resumed run continues where it stopped. */
    private Tracker learningRate(int firstEpoch) {
        if (run.schedule() == Schedule.CONSTANT) {
            return Tracker.fixed(run.learningRate());
        }
        int batchesPerEpoch = (task.trainCount() + run.batchSize() - 1) / run.batchSize();
        int updatesDone = (firstEpoch - 1) * batchesPerEpoch;
        Tracker cosine = Tracker.cosine().setBaseValue(run.learningRate()).optFinalValue(run.learningRate() * 0.05f)
                .setMaxUpdates(Math.max(1, run.epochs() * batchesPerEpoch)).build();
        return update -> cosine.getNewValue(update + updatesDone);
    }

    private double trainEpoch(Trainer trainer, ParameterUpdate update, ShardedBackward shards, FusedStep fused, int[] order, int epoch, long startNanos, boolean resumable) throws IOException {
        int batchSize = run.batchSize();
        int batches = (order.length + batchSize - 1) / batchSize;
        RandomGenerator random = new SplittableRandom(run.seed() * 1_000_003L + epoch);
        double lossSum = 0;
        long seen = 0;
        int skipped = 0;
        int skippedInARow = 0;
        for (int b = 0; b < batches; b++) {
            pausedNanos += progress.holdWhilePaused();
            if (progress.stopRequested()) {
                throw new TrainingStopped("stopped: interrupted during epoch " + epoch + "; " + run.output() + " is unchanged"
                        + (resumable ? " (rerun with --resume to continue after epoch " + (epoch - 1) + ")" : ""),
                        b, seen == 0 ? Double.NaN : lossSum / seen);
            }
            int[] indices = Arrays.copyOfRange(order, b * batchSize, Math.min(order.length, (b + 1) * batchSize));
            float batchLoss;
            try (NDManager scope = trainer.getManager().newSubManager()) {
                List<NDArray> gradients = null;
                if (fused != null) {
                    FusedStep.Result result = fused.run(scope, indices, noise(scope, indices.length));
                    batchLoss = result.loss();
                    gradients = result.gradients();
                } else {
                    batchLoss = forwardAndBackward(trainer, shards, scope, indices, random, new Step(epoch, b, batches));
                }
                if (!Float.isFinite(batchLoss) && task.skipsNonFiniteBatches() && (gradients != null || update.canDiscard())
                        && ++skippedInARow < MAX_SKIPPED_IN_A_ROW) {
                    if (gradients == null) {
                        update.discard();
                    }
                    skipped++;
                    continue;
                }
                RunChecks.finiteLoss(batchLoss, epoch, b + 1);
                skippedInARow = 0;
                if (gradients != null) {
                    update.step(gradients);
                } else {
                    update.step();
                }
            }
            lossSum += (double) batchLoss * indices.length;
            seen += indices.length;
            progress.batch(epoch, run.epochs(), b + 1, batches, lossSum / seen, (System.nanoTime() - startNanos - pausedNanos) / 1e9);
        }
        if (skipped > 0) {
            progress.message("epoch " + epoch + ": skipped " + skipped + " batch" + (skipped == 1 ? "" : "es")
                    + " whose loss or gradients were not finite numbers");
        }
        return lossSum / Math.max(1, seen);
    }

    /** The batch's loss, its gradients left in the parameters by the network's forward pass and DJL's backward pass. */
    private float forwardAndBackward(Trainer trainer, ShardedBackward shards, NDManager scope, int[] indices, RandomGenerator random,
                                     Step step) {
        Batch batch = task.batch(scope, indices, random);
        NDList inputs = withNoise(scope, task.trainingInputs(trainer, scope, batch, step), indices.length);
        try (GradientCollector collector = trainer.newGradientCollector()) {
            if (shards != null) {
                return shards.run(trainer, collector, inputs, batch.labels());
            }
            NDList predictions = trainer.forward(inputs);
            NDArray loss = trainer.getLoss().evaluate(batch.labels(), predictions);
            collector.backward(loss);
            return loss.getFloat();
        }
    }

    /** The task's inputs and, where its network draws noise, the batch's noise drawn here, so that shards share one draw. */
    private NDList withNoise(NDManager scope, NDList inputs, int count) {
        int width = task.noiseWidth();
        if (width == 0) {
            return inputs;
        }
        NDArray noise = noise(scope, count);
        noise.setName(Network.NOISE_INPUT);
        NDList withNoise = new NDList(inputs);
        withNoise.add(noise);
        return withNoise;
    }

    private NDArray noise(NDManager scope, int count) {
        return scope.randomNormal(new Shape(count, task.noiseWidth()));
    }

    private static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** The rows at {@code indices} of {@code all} (kept by the run), as an array owned by {@code scope}. */
    static NDArray gather(NDArray all, NDManager scope, int[] indices) {
        long[] positions = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            positions[i] = indices[i];
        }
        NDArray rows = all.get(scope.create(positions));
        rows.attach(scope);
        return rows;
    }

    /** The rows at {@code indices} of a row-major array of rows of {@code width} numbers, one after another. */
    static float[] rows(float[] source, int width, int[] indices) {
        float[] gathered = new float[indices.length * width];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(source, indices[i] * width, gathered, i * width, width);
        }
        return gathered;
    }

    /** The checkpoint's network when its sizes equal the requested ones; otherwise it is closed and the run stops. */
    static <N extends Network> Resumed<N> matching(Path checkpoint, N network, ModelCard card, Object found, Object requested,
                                                   String foundText, String requestedText) throws IOException {
        if (!found.equals(requested)) {
            network.close();
            throw new IOException(checkpoint + ": checkpoint sizes " + foundText + " differ from the requested " + requestedText);
        }
        return new Resumed<>(network, card.training().epochs());
    }

    /** The median epoch time of a run, robust to the slow first epoch. */
    static double medianSeconds(List<? extends EpochReport> history) {
        return history.stream().mapToDouble(EpochReport::seconds).sorted().skip(history.size() / 2).findFirst().orElse(0);
    }
}
