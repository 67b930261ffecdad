package org.latentexplorer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
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
 * The melody VAE in the shared {@link EpochLoop}: teacher forcing with optional scheduled sampling, gradient
 * clipping, KL warm-up and free bits, a random transposition of every melody each epoch, the held-out songs'
 * losses and accuracies after each epoch, and the corpus encodings saved with the final model.
 */
final class MelodyTask implements EpochLoop.Task<MelodyVae, MelodyEpochMetrics> {
    private static final float CLIP_GRADIENT = 5f;
    private static final int EVALUATION_BATCH = 256;
    private static final int MAP_CHUNK = 512;
    /** The card's training settings that, with its dataset's name, rebuild the held-out split. */

    private final MelodyTrainingPlan plan;
    private final MelodyVaeTrainer.Split split;
    private final List<int[]> testEvents;
    private final MelodyVaeLoss loss;
    private final FinalFigures finalFigures;
    /** This epoch's training melodies, each transposed by its own random shift. */
    private List<int[]> transposed;
    private Random samplingRandom;

    MelodyTask(MelodyTrainingPlan plan, MelodyVaeTrainer.Split split, FinalFigures finalFigures) {
        this.plan = plan;
        this.finalFigures = finalFigures;
        this.split = split;
        this.testEvents = split.test().stream().map(Melody::events).toList();
        this.loss = new MelodyVaeLoss(0, plan.freeBits());
    }

    @Override
    public String csvHeader() {
        return MelodyEpochMetrics.CSV_HEADER;
    }

    @Override
    public MelodyVae create(Device device) {
        return MelodyVae.create(plan.config(), device);
    }

    @Override
    public EpochLoop.Resumed<MelodyVae> resume(Path checkpoint, Device device) throws IOException {
        ModelStore.LoadedModel<MelodyVae> loaded = ModelStore.loadMelody(checkpoint, device);
        return EpochLoop.matching(checkpoint, loaded.model(), loaded.card(), loaded.card().melody(), plan.config(),
                loaded.card().melody().describe(), plan.config().describe());
    }

    @Override
    public Loss loss() {
        return loss;
    }

    @Override
    public int trainCount() {
        return split.train().size();
    }

    @Override
    public String examples() {
        return "melodies";
    }

    @Override
    public Float resumeBeta() {
        return plan.maxBeta();
    }

    @Override
    public boolean skipsNonFiniteBatches() {
        return true;
    }

    @Override
    public boolean shardBatches() {
        return true;
    }

    @Override
    public int noiseWidth() {
        return plan.config().latentSize();
    }

    @Override
    public Optional<Float> clipGradient() {
        return Optional.of(CLIP_GRADIENT);
    }

    /** Draws each melody's transposition for the epoch, in order, from the shuffle's generator. */
    @Override
    public void startEpoch(int epoch, Random shuffle) {
        List<int[]> events = new ArrayList<>(split.train().size());
        for (Melody melody : split.train()) {
            int shift = plan.transpose() == 0 ? 0 : shuffle.nextInt(2 * plan.transpose() + 1) - plan.transpose();
            events.add(melody.transpose(shift).orElse(melody).events());
        }
        transposed = events;
        samplingRandom = new Random(plan.seed() * 31 + epoch);
    }

    @Override
    public EpochLoop.Batch batch(NDManager scope, int[] indices, RandomGenerator random) {
        int steps = plan.config().steps();
        int[] flat = new int[indices.length * steps];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(transposed.get(indices[i]), 0, flat, i * steps, steps);
        }
        NDArray classes = scope.create(flat, new Shape(indices.length, steps));
        return new EpochLoop.Batch(new NDList(MelodyVae.oneHot(scope, flat, indices.length, steps)), new NDList(classes));
    }

    /**
     * Sets the warm-up's KL weight for this update; with scheduled sampling, adds the decoder's previous events, mixed
     * from the truth and the network's own predictions at a chance that rises to {@code sampling} halfway through.
     */
    @Override
    public NDList trainingInputs(Trainer trainer, NDManager scope, EpochLoop.Batch batch, EpochLoop.Step step) {
        loss.setBeta(beta(step));
        float samplingRate = plan.sampling() * Math.min(1f, step.epoch() / Math.max(1f, plan.epochs() / 2f));
        if (samplingRate <= 0) {
            return batch.inputs();
        }
        NDArray oneHot = batch.inputs().get(0);
        int n = (int) oneHot.getShape().get(0);
        int steps = plan.config().steps();
        int[] truth = batch.labels().get(0).toIntArray();
        int[] predicted = trainer.evaluate(batch.inputs()).get(0).argMax(2).toType(DataType.INT32, false).toIntArray();
        float[] previous = previousEvents(truth, predicted, n, steps, samplingRate, samplingRandom);
        NDArray previousEvents = scope.create(previous, new Shape(n, steps, Melody.CLASSES));
        previousEvents.setName(MelodyVae.PREVIOUS_INPUT);
        return new NDList(oneHot, previousEvents);
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

    private float beta(EpochLoop.Step step) {
        int warmup = plan.warmupEpochs() * step.batches();
        return warmup == 0 ? plan.maxBeta() : plan.maxBeta() * Math.min(1f, step.update() / (float) warmup);
    }

    @Override
    public MelodyEpochMetrics evaluate(MelodyVae vae, int epoch, double trainLoss, double seconds) {
        MelodyVae.Evaluation evaluation = vae.evaluate(testEvents, EVALUATION_BATCH);
        return new MelodyEpochMetrics(epoch, trainLoss, evaluation.crossEntropy(), evaluation.kl(),
                evaluation.teacherForcedAccuracy(), evaluation.reconstructionAccuracy(), loss.beta(), seconds);
    }

    @Override
    public void report(MelodyEpochMetrics report, ProgressListener progress) {
        progress.melodyEpoch(report);
    }

    @Override
    public ModelCard card(MelodyVae vae, int epochsDone, List<MelodyEpochMetrics> history) {
        MelodyEpochMetrics last = history.get(history.size() - 1);
        List<String> songNames = split.songs().stream().map(MelodyCorpus.Song::name).toList();
        long testSongs = split.songs().stream().filter(MelodyCorpus.Song::test).count();
        return new ModelCard(ModelCard.FORMAT_VERSION, ModelKind.MELODY, plan.name(),
                "2-bar melody VAE, " + plan.config().describe(), null,
                new ModelCard.Dataset(plan.source().describe(), split.train().size(), split.test().size(), songNames),
                new ModelCard.Training(epochsDone, plan.batchSize(), plan.learningRate(),
                        plan.schedule().name().toLowerCase(Locale.ROOT), plan.maxBeta(), plan.seed(), EpochLoop.medianSeconds(history),
                        plan.command(), splitSettings()),
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

    /** What rebuilds the card's split from its dataset: one song in {@code testEvery} held out, training windows every {@code trainHop}. */
    private Map<String, Double> splitSettings() {
        return Map.of(ModelCard.Training.TEST_EVERY, (double) plan.testEvery(), ModelCard.Training.TRAIN_HOP, (double) plan.trainHop(), "transpose", (double) plan.transpose());
    }

    @Override
    public void saveCheckpoint(Path directory, MelodyVae vae, ModelCard card) throws IOException {
        ModelStore.save(directory, vae, card, null);
    }

    @Override
    public void saveFinal(Path directory, MelodyVae vae, ModelCard card, ModelStore.BeforeCommit beforeCommit) throws IOException {
        ModelStore.save(directory, vae, card, latentMap(vae), staged -> {
            beforeCommit.check(staged);
            addFinalFigures(staged);
        });
    }

    /** Adds the final figures to the staged card's metrics (they are no part of its checksums). */
    private void addFinalFigures(Path staged) throws IOException {
        Map<String, Double> figures = finalFigures.measure(staged, split.train(), split.test());
        if (figures.isEmpty()) {
            return;
        }
        ModelCard card = ModelStore.readCard(staged);
        Map<String, Double> extra = new TreeMap<>(card.metrics().extra());
        extra.putAll(figures);
        ModelCard.Metrics metrics = card.metrics();
        ModelStore.writeCard(staged.resolve(ModelStore.CARD_FILE), card.withMetrics(
                new ModelCard.Metrics(metrics.testNegativeElbo(), metrics.testReconstruction(), metrics.testKl(), extra)));
    }

    /** Encoder means of the corpus melodies (a seeded sample when there are more than the limit), labelled by song. */
    private LatentMap latentMap(MelodyVae vae) {
        List<int[]> melodies = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int s = 0; s < split.songs().size(); s++) {
            for (Melody melody : split.songs().get(s).melodies()) {
                melodies.add(melody.events());
                labels.add(s);
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
        for (int start = 0; start < chosen.size(); start += MAP_CHUNK) {
            List<int[]> batch = new ArrayList<>();
            for (int i = start; i < Math.min(chosen.size(), start + MAP_CHUNK); i++) {
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
}
