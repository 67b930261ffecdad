package org.latentexplorer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.latentexplorer.model.EngineThreads;

/**
 * One batch's forward and backward pass split into shards, one per core, each on its own thread running the engine
 * single-threaded: the shards' gradients add up in the parameters' gradients (each shard's loss weighted by its share
 * of the batch, so the sum is the whole batch's gradient). On a 2-core CPU this keeps both cores busy on big kernels
 * instead of splitting every small kernel of a batch in two and waiting at its end.
 */
final class ShardedBackward implements AutoCloseable {
    /** Shards smaller than this lose more to the engine's per-call cost than they gain. */
    static final int MIN_SHARD = 16;

    private final ExecutorService workers;
    private final int shards;
    private final int kernelThreadsBefore;

    private ShardedBackward(int shards) {
        this.shards = shards;
        this.kernelThreadsBefore = EngineThreads.kernelThreads();
        // the caller's kernel threads would spin between its own small calls while the shards want the cores
        EngineThreads.setKernelThreads(1);
        this.workers = Executors.newFixedThreadPool(shards, r -> {
            Thread thread = new Thread(() -> {
                EngineThreads.oneKernelThreadWithGradients();
                r.run();
            }, "train-shard");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Shards for a CPU with {@code threads} kernel threads, or empty where one thread or small batches leave nothing to split. */
    static Optional<ShardedBackward> of(boolean gpu, int threads, int batchSize) {
        int shards = Math.min(threads, batchSize / MIN_SHARD);
        if (gpu || shards < 2 || !EngineThreads.available() || Boolean.getBoolean("latent.unsharded")) {
            return Optional.empty();
        }
        return Optional.of(new ShardedBackward(shards));
    }

    /** Forward, loss and backward of the batch in shards; returns the batch's loss. */
    float run(Trainer trainer, GradientCollector collector, NDList inputs, NDList labels) {
        long n = inputs.get(0).getShape().get(0);
        int parts = (int) Math.min(shards, n);
        List<Future<Float>> results = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            long from = n * p / parts;
            long to = n * (p + 1) / parts;
            NDList shardInputs = rows(inputs, from, to);
            NDList shardLabels = rows(labels, from, to);
            float weight = (to - from) / (float) n;
            results.add(workers.submit(() -> {
                NDList predictions = trainer.forward(shardInputs);
                NDArray loss = trainer.getLoss().evaluate(shardLabels, predictions).mul(weight);
                collector.backward(loss);
                return loss.getFloat();
            }));
        }
        float total = 0;
        try {
            for (Future<Float> result : results) {
                total += result.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a training step", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
        return total;
    }

    /** Rows {@code from..to} of every array, keeping their names. */
    private static NDList rows(NDList arrays, long from, long to) {
        NDList out = new NDList(arrays.size());
        for (NDArray array : arrays) {
            NDArray part = array.get(new NDIndex("{}:{}", from, to));
            part.setName(array.getName());
            out.add(part);
        }
        return out;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        EngineThreads.setKernelThreads(kernelThreadsBefore);
    }
}
