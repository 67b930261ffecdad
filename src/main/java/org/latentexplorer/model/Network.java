package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.TrainingConfig;
import java.util.function.UnaryOperator;

/**
 * A DJL network behind plain-array methods: the model owning the parameters, a parameter store for
 * inference, and a trainer on demand. Subclasses run every computation in a sub-manager of the model's;
 * no NDArray leaves them.
 */
public abstract sealed class Network implements AutoCloseable permits ImageVae, ImageAutoencoder, DigitClassifier, MelodyVae {
    /**
     * The name of an optional training input of the VAEs: the standard normal noise of the reparameterization, drawn by
     * the caller (so a batch split across threads draws the same noise as a whole one); without it the network draws.
     */
    public static final String NOISE_INPUT = "noise";

    private final Model model;
    private final ParameterStore inferenceStore;

    /** A freshly initialized network (weights drawn from the engine's seeded generator). */
    Network(String name, Block block, Device device, Shape inputShape) {
        NativeMemory.keepFreedTensorMemory();
        this.model = Model.newInstance(name, device);
        model.setBlock(block);
        block.initialize(model.getNDManager(), DataType.FLOAT32, inputShape);
        this.inferenceStore = new ParameterStore(model.getNDManager(), false);
    }

    /** The prefix of the parameter file in a model directory: {@code PREFIX-0000.params}. */
    abstract String paramsPrefix();

    final Model model() {
        return model;
    }

    final ParameterStore inferenceStore() {
        return inferenceStore;
    }

    public final Device device() {
        return model.getNDManager().getDevice();
    }

    /** A DJL trainer over this network. */
    public Trainer newTrainer(TrainingConfig config) {
        return model.newTrainer(config);
    }

    /** A scope for one computation; everything created in it is freed when it closes. */
    final NDManager newScope() {
        return model.getNDManager().newSubManager();
    }

    /** {@code count} rows of {@code width} numbers through {@code layers}, in a scope of their own. */
    final synchronized float[] infer(float[] values, int count, int width, UnaryOperator<NDArray> layers) {
        if (values.length != (long) count * width) {
            throw new IllegalArgumentException(values.length + " numbers do not make " + count + " rows of " + width);
        }
        try (NDManager scope = newScope()) {
            return layers.apply(scope.create(values, new Shape(count, width))).toFloatArray();
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
