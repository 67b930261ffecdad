package org.latentexplorer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.training.tracker.Tracker;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Adam as PyTorch's {@code torch.optim.Adam} computes it, fused into one pass over each parameter, in plain Java
 * on the tensors' own CPU memory, split across threads. DJL's Adam runs about a dozen engine kernels per parameter
 * (copies of the gradient, a temporary per operation, a separate zeroing); this reads the gradient and the weight
 * once, writes the weight once and leaves the gradient zeroed for the next batch (or, given gradients a fused
 * training step computed, leaves them alone).
 * Optionally clips the gradients to a global L2 norm first, as MusicVAE does.
 */
final class FusedAdam implements AutoCloseable {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    private static final int CHUNK = 1 << 15;
    /**
     * Adding and taking away this rounds a moment below 2^-104 to zero. A weight whose gradient stays zero (a pixel that
     * is blank in every image of a batch) otherwise decays into subnormal numbers and sticks at the smallest one, and
     * the processor takes a slow path for every one of them: 0.9 against 1.5 ms a step for the MNIST VAE.
     */
    private static final float DENORMAL_GUARD = 0x1p-80f;
    private static final float[] ZEROS = new float[CHUNK];

    private final List<Slot> slots = new ArrayList<>();
    private final Tracker learningRate;
    private final float clipNorm;
    private final ExecutorService workers;
    private final int threads;
    private int updates;

    /** One parameter and its moments, in chunks of {@link #CHUNK} (loops over whole arrays are the ones the JIT vectorizes). */
    private record Slot(Parameter parameter, float[][] means, float[][] variances) {
    }

    /** One chunk of a parameter, the unit of work a thread takes. */
    private record Range(float[] mean, float[] variance, FloatBuffer weights, FloatBuffer gradients, int from) {
    }

    /**
     * @param clipNorm the largest global L2 norm of all gradients together; 0 or less for no clipping
     * @param threads  how many threads share the work
     */
    FusedAdam(List<Parameter> parameters, Tracker learningRate, float clipNorm, int threads) {
        for (Parameter parameter : parameters) {
            if (parameter.requiresGradient()) {
                int size = Math.toIntExact(parameter.getArray().size());
                int chunks = Math.max(1, (size + CHUNK - 1) / CHUNK);
                float[][] means = new float[chunks][];
                float[][] variances = new float[chunks][];
                for (int c = 0; c < chunks; c++) {
                    int length = Math.min(CHUNK, size - c * CHUNK);
                    means[c] = new float[length];
                    variances[c] = new float[length];
                }
                slots.add(new Slot(parameter, means, variances));
            }
        }
        this.learningRate = learningRate;
        this.clipNorm = clipNorm;
        this.threads = Math.max(1, threads);
        this.workers = Executors.newFixedThreadPool(this.threads, r -> {
            Thread thread = new Thread(r, "adam");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One update of every parameter from its gradient; the gradients are zero afterwards. */
    void step() {
        List<NDArray> gradients = new ArrayList<>(slots.size());
        try {
            for (Slot slot : slots) {
                gradients.add(slot.parameter().getArray().getGradient());
            }
            update(gradients, true);
        } finally {
            gradients.forEach(NDArray::close);
        }
    }

    /** One update of every parameter from {@code gradients} (one per parameter, in order), which are left as they are. */
    void step(List<NDArray> gradients) {
        if (gradients.size() != slots.size()) {
            throw new IllegalArgumentException(gradients.size() + " gradients for " + slots.size() + " parameters");
        }
        for (int i = 0; i < slots.size(); i++) {
            if (gradients.get(i).size() != slots.get(i).parameter().getArray().size()) {
                throw new IllegalArgumentException("gradient " + i + " has " + gradients.get(i).size() + " values for "
                        + slots.get(i).parameter().getName() + "'s " + slots.get(i).parameter().getArray().size());
            }
        }
        update(gradients, false);
    }

    private void update(List<NDArray> gradients, boolean zeroGradients) {
        updates++;
        float rate = learningRate.getNewValue(updates - 1);
        List<Range> ranges = new ArrayList<>();
        for (int s = 0; s < slots.size(); s++) {
            Slot slot = slots.get(s);
            FloatBuffer weightBuffer = slot.parameter().getArray().toByteBuffer(true).asFloatBuffer();
            FloatBuffer gradientBuffer = gradients.get(s).toByteBuffer(true).asFloatBuffer();
            for (int c = 0; c < slot.means().length; c++) {
                ranges.add(new Range(slot.means()[c], slot.variances()[c], weightBuffer, gradientBuffer, c * CHUNK));
            }
        }
        float gradientScale = clipNorm > 0 ? clipScale(ranges) : 1f;
        if (!Float.isFinite(gradientScale)) {
            // an overflow in one batch's gradients would turn every weight into NaN: drop the batch instead
            updates--;
            if (zeroGradients) {
                zeroGradients();
            }
            return;
        }
        double correction1 = 1 - Math.pow(BETA1, updates);
        float stepSize = (float) (rate / correction1);
        float inverseRootCorrection2 = (float) (1 / Math.sqrt(1 - Math.pow(BETA2, updates)));
        runSplit(ranges.size(), (from, to) -> {
            float[] weight = new float[CHUNK];
            float[] gradient = new float[CHUNK];
            for (int r = from; r < to; r++) {
                update(ranges.get(r), weight, gradient, gradientScale, stepSize, inverseRootCorrection2, zeroGradients);
            }
        });
    }

    /** Zeroes every gradient (a batch dropped before its update). */
    void zeroGradients() {
        for (Slot slot : slots) {
            try (NDArray gradient = slot.parameter().getArray().getGradient()) {
                FloatBuffer buffer = gradient.toByteBuffer(true).asFloatBuffer();
                for (int from = 0; from < buffer.capacity(); from += CHUNK) {
                    buffer.put(from, ZEROS, 0, Math.min(CHUNK, buffer.capacity() - from));
                }
            }
        }
    }

    private static void update(Range range, float[] weight, float[] gradient, float gradientScale, float stepSize,
                               float inverseRootCorrection2, boolean zeroGradient) {
        float[] mean = range.mean();
        float[] variance = range.variance();
        int length = mean.length;
        range.weights().get(range.from(), weight, 0, length);
        range.gradients().get(range.from(), gradient, 0, length);
        for (int i = 0; i < length; i++) {
            float g = gradient[i] * gradientScale;
            float m = (BETA1 * mean[i] + (1 - BETA1) * g + DENORMAL_GUARD) - DENORMAL_GUARD;
            float v = (BETA2 * variance[i] + (1 - BETA2) * g * g + DENORMAL_GUARD) - DENORMAL_GUARD;
            mean[i] = m;
            variance[i] = v;
            weight[i] -= stepSize * m / ((float) Math.sqrt(v) * inverseRootCorrection2 + EPSILON);
        }
        range.weights().put(range.from(), weight, 0, length);
        if (zeroGradient) {
            range.gradients().put(range.from(), ZEROS, 0, length);
        }
    }

    /** The factor that brings the gradients' global L2 norm down to the clip norm (1 when it is below). */
    private float clipScale(List<Range> ranges) {
        double[] sums = new double[ranges.size()];
        runSplit(ranges.size(), (from, to) -> {
            float[] chunk = new float[CHUNK];
            for (int r = from; r < to; r++) {
                Range range = ranges.get(r);
                int length = range.mean().length;
                range.gradients().get(range.from(), chunk, 0, length);
                sums[r] = sumOfSquares(chunk, length);
            }
        });
        double total = 0;
        for (double sum : sums) {
            total += sum;
        }
        double norm = Math.sqrt(total);
        if (!Double.isFinite(norm)) {
            return Float.NaN;
        }
        return norm > clipNorm ? (float) (clipNorm / norm) : 1f;
    }

    /** Eight running sums, so the additions need not wait for each other. */
    private static double sumOfSquares(float[] values, int length) {
        float[] partial = new float[8];
        int i = 0;
        for (; i + 7 < length; i += 8) {
            for (int k = 0; k < 8; k++) {
                partial[k] += values[i + k] * values[i + k];
            }
        }
        double sum = 0;
        for (; i < length; i++) {
            sum += values[i] * values[i];
        }
        for (float p : partial) {
            sum += p;
        }
        return sum;
    }

    private interface Work {
        void run(int from, int to);
    }

    private void runSplit(int items, Work work) {
        int parts = Math.min(threads, items);
        List<Future<?>> futures = new ArrayList<>(parts);
        for (int p = 1; p < parts; p++) {
            int worker = p;
            futures.add(workers.submit(() -> work.run(items * worker / parts, items * (worker + 1) / parts)));
        }
        work.run(0, items / parts);
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a parameter update", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a parameter update failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The smallest magnitude above zero among all moments (for tests: it should never be a subnormal number). */
    float smallestNonZeroMoment() {
        float smallest = Float.POSITIVE_INFINITY;
        for (Slot slot : slots) {
            for (float[][] moments : List.of(slot.means(), slot.variances())) {
                for (float[] chunk : moments) {
                    for (float moment : chunk) {
                        if (moment != 0) {
                            smallest = Math.min(smallest, Math.abs(moment));
                        }
                    }
                }
            }
        }
        return smallest;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
