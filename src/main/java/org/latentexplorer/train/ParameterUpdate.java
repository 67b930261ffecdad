package org.latentexplorer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.Trainer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.List;

/**
 * Adam after each batch's backward pass, with optional clipping of the gradients' global norm: on the CPU the
 * {@link FusedAdam} pass over the tensors' memory; on a GPU, where Java cannot reach that memory, DJL's Adam
 * after the gradients are scaled on the device.
 */
interface ParameterUpdate extends AutoCloseable {
    /** Updates the parameters from their gradients (a batch with non-finite gradients leaves them as they are). */
    void step();

    /** Whether {@link #step(List)} takes gradients computed elsewhere (a fused training step's). */
    default boolean takesGradients() {
        return false;
    }

    /** Updates the parameters from {@code gradients}, one per parameter in the order of {@link #parameters()}. */
    default void step(List<NDArray> gradients) {
        throw new UnsupportedOperationException("this update takes no gradients from outside");
    }

    /** The parameters the update changes, in order. */
    List<Parameter> parameters();

    /** Whether {@link #discard} can drop a batch's gradients. */
    default boolean canDiscard() {
        return false;
    }

    /** Drops the gradients of a batch without updating (its loss was not a finite number). */
    default void discard() {
        throw new UnsupportedOperationException("this update cannot drop a batch");
    }

    @Override
    void close();

    /**
     * @param adamThreads threads for the CPU's Adam: one where the engine's own threads run each kernel (they spin on the
     *                    other cores a while after it, and two Adam threads beside them were 5 % slower), all where the
     *                    batch runs as shards on single-threaded engines
     */
    static ParameterUpdate of(Trainer trainer, Tracker learningRate, float clipNorm, int adamThreads) {
        List<Parameter> parameters = trainer.getModel().getBlock().getParameters().stream().map(Pair::getValue).toList();
        List<Parameter> trainable = parameters.stream().filter(Parameter::requiresGradient).toList();
        if (trainer.getDevices()[0].isGpu()) {
            return new ParameterUpdate() {
                @Override
                public void step() {
                    if (clipNorm > 0) {
                        clipOnDevice(parameters, clipNorm);
                    }
                    trainer.step();
                }

                @Override
                public List<Parameter> parameters() {
                    return trainable;
                }

                @Override
                public void close() {
                }
            };
        }
        FusedAdam adam = new FusedAdam(trainable, learningRate, clipNorm, adamThreads);
        return new ParameterUpdate() {
            @Override
            public void step() {
                adam.step();
            }

            @Override
            public boolean takesGradients() {
                return true;
            }

            @Override
            public void step(List<NDArray> gradients) {
                adam.step(gradients);
            }

            @Override
            public List<Parameter> parameters() {
                return trainable;
            }

            @Override
            public boolean canDiscard() {
                return true;
            }

            @Override
            public void discard() {
                adam.zeroGradients();
            }

            @Override
            public void close() {
                adam.close();
            }
        };
    }

    /** As many threads as the engine's intra-op threads where they are set, else one per processor. */
    static int threads() {
        String engineThreads = System.getProperty("ai.djl.pytorch.num_threads");
        int processors = Runtime.getRuntime().availableProcessors();
        try {
            return engineThreads == null ? processors : Math.max(1, Integer.parseInt(engineThreads.trim()));
        } catch (NumberFormatException e) {
            return processors;
        }
    }

    private static void clipOnDevice(List<Parameter> parameters, float clipNorm) {
        try (NDManager scope = parameters.get(0).getArray().getManager().newSubManager()) {
            List<NDArray> gradients = parameters.stream().filter(Parameter::requiresGradient)
                    .map(p -> p.getArray().getGradient()).toList();
            gradients.forEach(g -> g.attach(scope));
            double sumOfSquares = 0;
            for (NDArray gradient : gradients) {
                sumOfSquares += gradient.square().sum().getFloat();
            }
            double norm = Math.sqrt(sumOfSquares);
            if (norm > clipNorm) {
                gradients.forEach(g -> g.muli((float) (clipNorm / norm)));
            }
        }
    }
}
