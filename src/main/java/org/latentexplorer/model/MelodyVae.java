package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.Trainer;
import ai.djl.training.TrainingConfig;
import java.util.List;
import java.util.Random;
import org.latentexplorer.data.Melody;

/**
 * The melody VAE on the DJL engine. Takes and returns plain arrays of event classes and latent points;
 * no NDArray leaves this class.
 */
public final class MelodyVae extends Network {
    static final String PARAMS_PREFIX = "melody-vae";
    /** The name of an optional training input: the decoder's previous events (scheduled sampling) in place of the true ones. */
    public static final String PREVIOUS_INPUT = "previous";

    private final MelodyVaeBlock block;
    private MelodyDecoderKernel kernel;
    private boolean trainable;

    private MelodyVae(MelodyVaeBlock block, Device device) {
        super("melody-vae", block, device, new Shape(1, block.config().steps(), block.config().classes()));
        this.block = block;
    }

    /** A freshly initialized network (weights drawn from the engine's seeded generator). */
    public static MelodyVae create(MelodyVaeConfig config, Device device) {
        return new MelodyVae(new MelodyVaeBlock(config), device);
    }

    @Override
    String paramsPrefix() {
        return PARAMS_PREFIX;
    }

    public MelodyVaeConfig config() {
        return block.config();
    }

    public int latentSize() {
        return block.config().latentSize();
    }

    /** A trainer over this network; from then on decoding reads the weights afresh each time. */
    @Override
    public synchronized Trainer newTrainer(TrainingConfig config) {
        trainable = true;
        kernel = null;
        return super.newTrainer(config);
    }

    /** One-hot batch {@code (N, steps, classes)} for the trainer, owned by {@code manager}. */
    public static NDArray oneHot(NDManager manager, int[] flatClasses, int count, int steps) {
        return manager.create(flatClasses, new Shape(count, steps)).toType(DataType.INT64, false).oneHot(Melody.CLASSES);
    }

    /** Encoder means, one row per melody. */
    public synchronized float[][] encodeMeans(List<int[]> melodies) {
        int steps = config().steps();
        float[][] means = new float[melodies.size()][];
        try (NDManager scope = newScope()) {
            NDArray batch = oneHot(scope, flatten(melodies, steps), melodies.size(), steps);
            float[] flat = block.encode(inferenceStore(), batch, false).get(0).toFloatArray();
            for (int i = 0; i < means.length; i++) {
                means[i] = java.util.Arrays.copyOfRange(flat, i * latentSize(), (i + 1) * latentSize());
            }
        }
        return means;
    }

    /**
     * Decodes latent points step by step, each step fed the previous step's choice: the most likely class
     * when {@code temperature} is 0, else a draw from the softmax at that temperature.
     */
    public synchronized int[][] decode(float[][] zs, double temperature, Random random) {
        MelodyDecoderKernel decoder = kernel != null ? kernel : new MelodyDecoderKernel(block);
        if (!trainable) {
            kernel = decoder;
        }
        int[][] events = new int[zs.length][];
        for (int i = 0; i < zs.length; i++) {
            if (zs[i].length != latentSize()) {
                throw new IllegalArgumentException("latent point has " + zs[i].length + " values, the model's latent size is " + latentSize());
            }
            events[i] = decoder.decode(zs[i], config().steps(), temperature, random);
        }
        return events;
    }

    /** The same decoding through the engine, step by step; {@link MelodyDecoderKernel} must agree with it. */
    synchronized int[][] decodeWithEngine(float[][] zs, double temperature, Random random) {
        int count = zs.length;
        int steps = config().steps();
        float[] flatZ = new float[count * latentSize()];
        for (int i = 0; i < count; i++) {
            System.arraycopy(zs[i], 0, flatZ, i * latentSize(), latentSize());
        }
        int[][] events = new int[count][steps];
        try (NDManager scope = newScope()) {
            NDArray z = scope.create(flatZ, new Shape(count, latentSize()));
            NDList state = block.startState(inferenceStore(), z, false);
            NDArray previous = scope.zeros(new Shape(count, 1, Melody.CLASSES));
            for (int t = 0; t < steps; t++) {
                NDList out = block.decodeSteps(inferenceStore(), z, previous, state, false);
                NDArray logits = out.get(0).reshape(count, Melody.CLASSES);
                int[] chosen = temperature <= 0 ? argmax(logits) : sample(logits, temperature, random);
                for (int i = 0; i < count; i++) {
                    events[i][t] = chosen[i];
                }
                state = new NDList(out.get(1), out.get(2));
                previous = oneHot(scope, chosen, count, 1);
            }
        }
        return events;
    }

    private static int[] argmax(NDArray logits) {
        long[] best = logits.argMax(1).toLongArray();
        int[] out = new int[best.length];
        for (int i = 0; i < best.length; i++) {
            out[i] = (int) best[i];
        }
        return out;
    }

    private static int[] sample(NDArray logits, double temperature, Random random) {
        float[] probabilities = logits.div((float) temperature).softmax(1).toFloatArray();
        int classes = Melody.CLASSES;
        int[] out = new int[probabilities.length / classes];
        for (int i = 0; i < out.length; i++) {
            double u = random.nextDouble();
            int c = 0;
            double cumulative = probabilities[i * classes];
            while (cumulative < u && c < classes - 1) {
                c++;
                cumulative += probabilities[i * classes + c];
            }
            out[i] = c;
        }
        return out;
    }

    /** Figures on held-out melodies: losses per melody and per-step accuracies. */
    public record Evaluation(double crossEntropy, double kl, double teacherForcedAccuracy, double reconstructionAccuracy) {
    }

    /**
     * Cross-entropy and KL (one z sample each), the teacher-forced argmax accuracy, and the reconstruction
     * accuracy: argmax decoding from the encoder mean, compared step by step with the input.
     */
    public synchronized Evaluation evaluate(List<int[]> melodies, int batchSize) {
        int steps = config().steps();
        double crossEntropy = 0;
        double kl = 0;
        long forcedRight = 0;
        long decodedRight = 0;
        for (int start = 0; start < melodies.size(); start += batchSize) {
            List<int[]> chunk = melodies.subList(start, Math.min(melodies.size(), start + batchSize));
            int n = chunk.size();
            int[] flat = flatten(chunk, steps);
            float[][] means;
            try (NDManager scope = newScope()) {
                NDArray classes = scope.create(flat, new Shape(n, steps));
                NDArray batch = classes.toType(DataType.INT64, false).oneHot(Melody.CLASSES);
                NDList out = block.forward(inferenceStore(), new NDList(batch), false);
                crossEntropy += MelodyVaeLoss.crossEntropy(out.get(0), classes).sum().getFloat();
                kl += VaeLoss.kl(out.get(1), out.get(2)).sum().getFloat();
                NDArray moments = block.encode(inferenceStore(), batch, false).get(0);
                NDArray forced = block.decodeSteps(inferenceStore(), moments, MelodyVaeBlock.previousEvents(batch),
                        block.startState(inferenceStore(), moments, false), false).get(0);
                long[] predicted = forced.argMax(2).toLongArray();
                for (int i = 0; i < flat.length; i++) {
                    if (predicted[i] == flat[i]) {
                        forcedRight++;
                    }
                }
                float[] meanValues = moments.toFloatArray();
                means = new float[n][];
                for (int i = 0; i < n; i++) {
                    means[i] = java.util.Arrays.copyOfRange(meanValues, i * latentSize(), (i + 1) * latentSize());
                }
            }
            int[][] decoded = decode(means, 0, null);
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < steps; t++) {
                    if (decoded[i][t] == chunk.get(i)[t]) {
                        decodedRight++;
                    }
                }
            }
        }
        double total = (double) melodies.size() * steps;
        return new Evaluation(crossEntropy / melodies.size(), kl / melodies.size(), forcedRight / total, decodedRight / total);
    }

    static int[] flatten(List<int[]> melodies, int steps) {
        int[] flat = new int[melodies.size() * steps];
        for (int i = 0; i < melodies.size(); i++) {
            int[] m = melodies.get(i);
            if (m.length != steps) {
                throw new IllegalArgumentException("melody " + i + " has " + m.length + " steps, the model takes " + steps);
            }
            System.arraycopy(m, 0, flat, i * steps, steps);
        }
        return flat;
    }

}
