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
 * once, writes the weight once and leaves the gradient zeroed for the next batch.
 * Optionally clips the gradients to a global L2 norm first, as MusicVAE does.
 */
final class FusedAdam implements AutoCloseable {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    private static final int CHUNK = 1 << 15;

    private final List<Slot> slots = new ArrayList<>();
    private final Tracker learningRate;
    private final float clipNorm;
    private final ExecutorService workers;
    private final int threads;
    private int updates;

    /** One parameter's moments and a stretch of it that one thread updates. */
    private record Slot(Parameter parameter, float[] mean, float[] variance) {
    }

    private record Range(Slot slot, FloatBuffer weights, FloatBuffer gradients, int from, int to) {
    }

    /**
     * @param clipNorm the largest global L2 norm of all gradients together; 0 or less for no clipping
     * @param threads  how many threads share the work
     */
    FusedAdam(List<Parameter> parameters, Tracker learningRate, float clipNorm, int threads) {
        for (Parameter parameter : parameters) {
            if (parameter.requiresGradient()) {
                int size = Math.toIntExact(parameter.getArray().size());
                slots.add(new Slot(parameter, new float[size], new float[size]));
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
        updates++;
        float rate = learningRate.getNewValue(updates - 1);
        List<NDArray> gradients = new ArrayList<>(slots.size());
        try {
            List<Range> ranges = new ArrayList<>();
            List<FloatBuffer> gradientBuffers = new ArrayList<>();
            for (Slot slot : slots) {
                NDArray gradient = slot.parameter().getArray().getGradient();
                gradients.add(gradient);
                FloatBuffer weightBuffer = slot.parameter().getArray().toByteBuffer(true).asFloatBuffer();
                FloatBuffer gradientBuffer = gradient.toByteBuffer(true).asFloatBuffer();
                gradientBuffers.add(gradientBuffer);
                for (int from = 0; from < slot.mean().length; from += CHUNK) {
                    ranges.add(new Range(slot, weightBuffer, gradientBuffer, from, Math.min(slot.mean().length, from + CHUNK)));
                }
            }
            float gradientScale = clipNorm > 0 ? clipScale(gradientBuffers) : 1f;
            double correction1 = 1 - Math.pow(BETA1, updates);
            float stepSize = (float) (rate / correction1);
            float rootCorrection2 = (float) Math.sqrt(1 - Math.pow(BETA2, updates));
            runSplit(ranges.size(), (from, to) -> {
                float[] weight = new float[CHUNK];
                float[] gradient = new float[CHUNK];
                for (int r = from; r < to; r++) {
                    update(ranges.get(r), weight, gradient, gradientScale, stepSize, rootCorrection2);
                }
            });
        } finally {
            gradients.forEach(NDArray::close);
        }
    }

    private static void update(Range range, float[] weight, float[] gradient, float gradientScale, float stepSize,
                               float rootCorrection2) {
        int length = range.to() - range.from();
        range.weights().get(range.from(), weight, 0, length);
        range.gradients().get(range.from(), gradient, 0, length);
        float[] mean = range.slot().mean();
        float[] variance = range.slot().variance();
        int base = range.from();
        for (int i = 0; i < length; i++) {
            float g = gradient[i] * gradientScale;
            float m = BETA1 * mean[base + i] + (1 - BETA1) * g;
            float v = BETA2 * variance[base + i] + (1 - BETA2) * g * g;
            mean[base + i] = m;
            variance[base + i] = v;
            weight[i] -= stepSize * m / ((float) Math.sqrt(v) / rootCorrection2 + EPSILON);
            gradient[i] = 0f;
        }
        range.weights().put(range.from(), weight, 0, length);
        range.gradients().put(range.from(), gradient, 0, length);
    }

    private float clipScale(List<FloatBuffer> gradients) {
        double sumOfSquares = 0;
        float[] chunk = new float[CHUNK];
        for (FloatBuffer buffer : gradients) {
            for (int from = 0; from < buffer.capacity(); from += CHUNK) {
                int length = Math.min(CHUNK, buffer.capacity() - from);
                buffer.get(from, chunk, 0, length);
                float partial = 0;
                for (int i = 0; i < length; i++) {
                    partial += chunk[i] * chunk[i];
                }
                sumOfSquares += partial;
            }
        }
        double norm = Math.sqrt(sumOfSquares);
        return norm > clipNorm ? (float) (clipNorm / norm) : 1f;
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

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
