package org.latentexplorer.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.model.Devices;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.MelodyVae;
import org.latentexplorer.model.MelodyVaeLoss;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;

/**
 * Trains the melody VAE on a MIDI corpus split by song: teacher forcing, Adam with gradient clipping,
 * KL warm-up and free bits, a random transposition per melody per epoch, the held-out songs evaluated
 * each epoch, a metrics CSV, resumable checkpoints, and an atomic save with the corpus encodings.
 */
public final class MelodyVaeTrainer {
    private static final float CLIP_GRADIENT = 5f;

    private final MelodyTrainingPlan plan;
    private final ProgressListener progress;

    public MelodyVaeTrainer(MelodyTrainingPlan plan, ProgressListener progress) {
        this.plan = plan;
        this.progress = progress;
    }

    /** The melodies of a corpus, ready to train on. */
    public record Split(List<Melody> train, List<Melody> test, List<MelodyCorpus.Song> songs) {
    }

    public MelodyResult run() throws IOException {
        MelodyCorpus corpus = MelodyCorpus.load(plan.sources(), plan.testEvery(), plan.trainHop());
        for (MelodyCorpus.FileReport report : corpus.reports()) {
            if (report.skipped()) {
                progress.message("warning: skipped " + report.problem());
            }
        }
        List<Melody> train = corpus.melodies(false);
        List<Melody> test = corpus.melodies(true);
        if (train.isEmpty() || test.isEmpty()) {
            throw new IOException(emptyCorpusMessage(corpus, train.size(), test.size()));
        }
        if (plan.trainLimit() > 0 && train.size() > plan.trainLimit()) {
            train = train.subList(0, plan.trainLimit());
        }
        progress.message(String.format(Locale.ROOT, "Corpus: %d training melodies from %d songs, %d test melodies from %d held-out songs",
                train.size(), corpus.songCount(false), test.size(), corpus.songCount(true)));
        return run(new Split(train, test, corpus.songs()));
    }

    private String emptyCorpusMessage(MelodyCorpus corpus, int train, int test) {
        long files = corpus.reports().size();
        long unreadable = corpus.reports().stream().filter(MelodyCorpus.FileReport::skipped).count();
        String found = files == 0 ? "no MIDI files (.mid, .midi, .kar)"
                : files + " MIDI files (" + unreadable + " unreadable), " + corpus.songs().size() + " songs with usable melodies";
        return "nothing to train on in " + plan.sources() + ": found " + found + ", giving " + train + " training and "
                + test + " test melodies; training needs both (held-out songs are about one in " + plan.testEvery() + ")";
    }

    public MelodyResult run(Split split) throws IOException {
        Device device = Devices.preferred();
        progress.message("Engine: " + Devices.summary(device));
        Engine.getInstance().setRandomSeed((int) plan.seed());

        RunChecks.batchFits(plan.batchSize(), split.train().size(), "melodies");
        if (split.test().isEmpty()) {
            throw new IllegalArgumentException("the test set holds no melodies; training needs held-out songs to measure");
        }
        int firstEpoch = 1;
        MelodyVae vae;
        Path checkpointModel = plan.checkpoints() == null ? null : plan.checkpoints().resolve("model");
        if (RunChecks.resumable(plan.resume(), checkpointModel)) {
            RunChecks.sameRun(checkpointModel, ModelStore.readCard(checkpointModel).training(), plan.batchSize(),
                    plan.learningRate(), plan.schedule(), plan.seed(), plan.maxBeta());
            ModelStore.LoadedModel<MelodyVae> loaded = ModelStore.loadMelody(checkpointModel, device);
            if (!loaded.card().melody().equals(plan.config())) {
                loaded.close();
                throw new IOException(checkpointModel + ": checkpoint sizes " + loaded.card().melody().describe()
                        + " differ from the requested " + plan.config().describe());
            }
            vae = loaded.model();
            firstEpoch = loaded.card().training().epochs() + 1;
            progress.message("Resuming from " + checkpointModel + " after epoch " + (firstEpoch - 1));
        } else {
            vae = MelodyVae.create(plan.config(), device);
        }

        Path metricsCsv = plan.checkpoints() == null ? Files.createTempFile("latent-melody-metrics", ".csv")
                : plan.checkpoints().resolve(ImageVaeTrainer.METRICS_FILE);
        String gap = RunChecks.startMetrics(metricsCsv, MelodyEpochMetrics.CSV_HEADER, firstEpoch - 1);
        if (gap != null) {
            progress.message(gap);
        }
        int batchesPerEpoch = (split.train().size() + plan.batchSize() - 1) / plan.batchSize();
        MelodyVaeLoss loss = new MelodyVaeLoss(0, plan.freeBits());
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                .optOptimizer(Optimizer.adam().optLearningRateTracker(learningRate(batchesPerEpoch, firstEpoch))
                        .optClipGrad(CLIP_GRADIENT).build())
                .optDevices(new Device[] {device});
        List<int[]> testEvents = split.test().stream().map(Melody::events).toList();
        List<MelodyEpochMetrics> history = new ArrayList<>();
        try (vae; Trainer trainer = vae.newTrainer(config)) {
            Random random = new Random(plan.seed());
            for (int skipped = 1; skipped < firstEpoch; skipped++) {
                epochOrder(split.train(), random);
            }
            for (int epoch = firstEpoch; epoch <= plan.epochs(); epoch++) {
                long start = System.nanoTime();
                List<int[]> order = epochOrder(split.train(), random);
                double trainLoss = trainEpoch(trainer, loss, order, epoch, batchesPerEpoch, start);
                double seconds = (System.nanoTime() - start) / 1e9;
                MelodyVae.Evaluation evaluation = vae.evaluate(testEvents, 256);
                MelodyEpochMetrics metrics = new MelodyEpochMetrics(epoch, trainLoss, evaluation.crossEntropy(), evaluation.kl(),
                        evaluation.teacherForcedAccuracy(), evaluation.reconstructionAccuracy(), loss.beta(), seconds);
                RunChecks.finiteFigures(metrics.csvRow(), epoch);
                history.add(metrics);
                Files.writeString(metricsCsv, metrics.csvRow() + "\n", StandardOpenOption.APPEND);
                progress.melodyEpoch(metrics);
                if (checkpointModel != null) {
                    ModelStore.save(checkpointModel, vae, card(split, epoch, history), null, staged -> { });
                }
            }
            if (history.isEmpty()) {
                throw new IOException("nothing to do: the checkpoint already has " + (firstEpoch - 1)
                        + " epochs and the plan asks for " + plan.epochs());
            }
            LatentMap map = latentMap(vae, split);
            ModelCard card = card(split, plan.epochs(), history);
            Path csv = metricsCsv;
            ModelStore.save(plan.output(), vae, card, map,
                    staged -> Files.copy(csv, staged.resolve(ImageVaeTrainer.METRICS_FILE), StandardCopyOption.REPLACE_EXISTING));
            if (plan.checkpoints() == null) {
                Files.deleteIfExists(metricsCsv);
            }
            progress.message("Saved " + plan.output());
            return new MelodyResult(plan.output(), card, history);
        }
    }

    /** A shuffled epoch, each melody transposed by a random shift that keeps it in range. */
    private List<int[]> epochOrder(List<Melody> train, Random random) {
        List<int[]> order = new ArrayList<>(train.size());
        for (Melody melody : train) {
            int shift = plan.transpose() == 0 ? 0 : random.nextInt(2 * plan.transpose() + 1) - plan.transpose();
            order.add(melody.transpose(shift).orElse(melody).events());
        }
        Collections.shuffle(order, random);
        return order;
    }

    private double trainEpoch(Trainer trainer, MelodyVaeLoss loss, List<int[]> order, int epoch, int batches, long startNanos)
            throws IOException {
        int steps = plan.config().steps();
        float samplingRate = plan.sampling() * Math.min(1f, epoch / Math.max(1f, plan.epochs() / 2f));
        Random samplingRandom = new Random(plan.seed() * 31 + epoch);
        double lossSum = 0;
        long seen = 0;
        for (int b = 0; b < batches; b++) {
            List<int[]> chunk = order.subList(b * plan.batchSize(), Math.min(order.size(), (b + 1) * plan.batchSize()));
            int n = chunk.size();
            int[] flat = new int[n * steps];
            for (int i = 0; i < n; i++) {
                System.arraycopy(chunk.get(i), 0, flat, i * steps, steps);
            }
            loss.setBeta(beta((epoch - 1) * batches + b, batches));
            float batchLoss;
            try (NDManager scope = trainer.getManager().newSubManager()) {
                NDArray classes = scope.create(flat, new Shape(n, steps));
                NDArray oneHot = MelodyVae.oneHot(scope, flat, n, steps);
                NDList inputs = new NDList(oneHot);
                if (samplingRate > 0) {
                    int[] predicted = trainer.evaluate(inputs).get(0).argMax(2).toType(DataType.INT32, false).toIntArray();
                    float[] previous = previousEvents(flat, predicted, n, steps, samplingRate, samplingRandom);
                    inputs = new NDList(oneHot, scope.create(previous, new Shape(n, steps, Melody.CLASSES)));
                }
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDList predictions = trainer.forward(inputs);
                    NDArray value = loss.evaluate(new NDList(classes), predictions);
                    collector.backward(value);
                    batchLoss = value.getFloat();
                }
                RunChecks.finiteLoss(batchLoss, epoch, b + 1);
                trainer.step();
            }
            lossSum += (double) batchLoss * n;
            seen += n;
            progress.batch(epoch, plan.epochs(), b + 1, batches, lossSum / seen, (System.nanoTime() - startNanos) / 1e9);
        }
        return lossSum / seen;
    }

    /**
     * The decoder's inputs for scheduled sampling, one-hot {@code (n, steps, classes)} flattened: at each step
     * the previous event, taken from {@code predicted} with chance {@code rate} and from {@code truth} otherwise;
     * all zeros at the first step, as in teacher forcing.
     */
    static float[] previousEvents(int[] truth, int[] predicted, int n, int steps, float rate, Random random) {
        float[] oneHot = new float[n * steps * Melody.CLASSES];
        for (int i = 0; i < n; i++) {
            for (int t = 1; t < steps; t++) {
                int source = i * steps + t - 1;
                int event = random.nextFloat() < rate ? predicted[source] : truth[source];
                oneHot[(i * steps + t) * Melody.CLASSES + event] = 1f;
            }
        }
        return oneHot;
    }

    private float beta(int update, int batchesPerEpoch) {
        int warmup = plan.warmupEpochs() * batchesPerEpoch;
        return warmup == 0 ? plan.maxBeta() : plan.maxBeta() * Math.min(1f, update / (float) warmup);
    }

    private Tracker learningRate(int batchesPerEpoch, int firstEpoch) {
        if (plan.schedule() == Schedule.CONSTANT) {
            return Tracker.fixed(plan.learningRate());
        }
        int updatesDone = (firstEpoch - 1) * batchesPerEpoch;
        Tracker cosine = Tracker.cosine().setBaseValue(plan.learningRate()).optFinalValue(plan.learningRate() * 0.05f)
                .setMaxUpdates(Math.max(1, plan.epochs() * batchesPerEpoch)).build();
        return update -> cosine.getNewValue(update + updatesDone);
    }

    /** Encoder means of the corpus melodies (a seeded sample when there are more than the limit), labelled by song. */
    private LatentMap latentMap(MelodyVae vae, Split split) {
        List<int[]> melodies = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int s = 0; s < split.songs().size(); s++) {
            for (Melody melody : split.songs().get(s).melodies()) {
                melodies.add(melody.events());
                labels.add(s % 256);
            }
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < melodies.size(); i++) {
            chosen.add(i);
        }
        if (plan.mapLimit() > 0 && chosen.size() > plan.mapLimit()) {
            Collections.shuffle(chosen, new Random(plan.seed()));
            chosen = new ArrayList<>(chosen.subList(0, plan.mapLimit()));
            Collections.sort(chosen);
        }
        int latent = vae.latentSize();
        float[] means = new float[chosen.size() * latent];
        int[] mapLabels = new int[chosen.size()];
        int chunk = 512;
        for (int start = 0; start < chosen.size(); start += chunk) {
            List<int[]> batch = new ArrayList<>();
            for (int i = start; i < Math.min(chosen.size(), start + chunk); i++) {
                batch.add(melodies.get(chosen.get(i)));
                mapLabels[i] = labels.get(chosen.get(i));
            }
            float[][] encoded = vae.encodeMeans(batch);
            for (int i = 0; i < encoded.length; i++) {
                System.arraycopy(encoded[i], 0, means, (start + i) * latent, latent);
            }
        }
        return new LatentMap(means, mapLabels, latent);
    }

    private ModelCard card(Split split, int epochsDone, List<MelodyEpochMetrics> history) {
        MelodyEpochMetrics last = history.get(history.size() - 1);
        List<String> songNames = split.songs().stream().map(song -> song.file().getFileName().toString()).toList();
        long testSongs = split.songs().stream().filter(MelodyCorpus.Song::test).count();
        return new ModelCard(ModelCard.FORMAT_VERSION, ModelKind.MELODY, plan.name(),
                "2-bar melody VAE, " + plan.config().describe(), null,
                new ModelCard.Dataset("midi: " + plan.sources(), split.train().size(), split.test().size(), songNames),
                new ModelCard.Training(epochsDone, plan.batchSize(), plan.learningRate(),
                        plan.schedule().name().toLowerCase(Locale.ROOT), plan.maxBeta(), plan.seed(), EpochLoop.medianSeconds(history),
                        plan.command()),
                new ModelCard.Metrics(last.testCrossEntropy() + last.testKl(), last.testCrossEntropy(), last.testKl(),
                        Map.of("reconstructionAccuracy", last.reconstructionAccuracy(),
                                "teacherForcedAccuracy", last.teacherForcedAccuracy(),
                                "trainLoss", last.trainLoss(),
                                "freeBits", (double) plan.freeBits(),
                                "testSongs", (double) testSongs,
                                "trainSongs", (double) (split.songs().size() - testSongs))),
                Devices.describe(Devices.preferred()),
                Instant.now().toString(),
                plan.config());
    }

    /** What a finished run produced. */
    public record MelodyResult(Path model, ModelCard card, List<MelodyEpochMetrics> history) {
        public MelodyEpochMetrics last() {
            return history.get(history.size() - 1);
        }
    }
}
