package org.latentexplorer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import java.util.Arrays;
import java.util.List;

/**
 * An MLP VAE's training step as one engine call: the TorchScript in {@code mlp_vae_step.py} gathers the batch from
 * the images, runs the forward pass and the loss ({@link org.latentexplorer.model.VaeLoss}'s) and returns every
 * parameter's gradient, written out by hand. DJL's forward and autograd take about eighty calls from Java for the same
 * work, accumulate each gradient into a buffer that must then be zeroed, and give the JIT far more Java to compile:
 * on two cores that compiling slowed the first epochs' kernels by a third.
 */
final class MlpVaeStep implements EpochLoop.FusedStep {
    private static final String SOURCE = "mlp_vae_step.py";
    private static final String CLASS_NAME = "MlpVaeStep";

    private final PtSymbolBlock module;
    private final IValue parameters;
    private final IValue images;
    private final IValue beta;
    private final int count;

    private MlpVaeStep(PtSymbolBlock module, List<Parameter> parameters, NDArray images, float beta) {
        this.module = module;
        this.parameters = IValue.listFrom(parameters.stream().map(p -> (PtNDArray) p.getArray()).toArray(PtNDArray[]::new));
        this.images = IValue.from((PtNDArray) images);
        this.beta = IValue.from((double) beta);
        this.count = parameters.size();
    }

    /**
     * The step for an MLP VAE whose parameters, in DJL's order, are each layer's weight and bias: the encoder's, the mean
     * and log-variance heads', the decoder's and the output layer's.
     *
     * @param images every training image, one row each, on the parameters' device
     */
    static MlpVaeStep open(List<Parameter> parameters, NDArray images, float beta) {
        checkLayers(parameters, images.getShape().get(1));
        return new MlpVaeStep(TorchScriptArchive.load(SOURCE, CLASS_NAME, images.getManager()), parameters, images, beta);
    }

    @Override
    public Result run(NDManager scope, int[] indices, NDArray noise) {
        long[] rows = Arrays.stream(indices).asLongStream().toArray();
        try (IValue index = IValue.from((PtNDArray) scope.create(rows));
             IValue epsilon = IValue.from((PtNDArray) noise);
             IValue result = IValueUtils.runMethod(module, "step", parameters, images, index, epsilon, beta)) {
            PtNDArray[] outputs = result.toTensorArray((PtNDManager) scope);
            return new Result(outputs[0].getFloat(), List.<NDArray>of(outputs).subList(1, count + 1));
        }
    }

    @Override
    public void close() {
        parameters.close();
        images.close();
        beta.close();
        module.close();
    }

    /** Weight and bias shapes that chain from the images' width through the layers back to it; anything else is a bug. */
    private static void checkLayers(List<Parameter> parameters, long pixels) {
        int n = (parameters.size() - 6) / 4;
        if (parameters.size() != 4 * n + 6 || n < 1) {
            throw new IllegalStateException("an MLP VAE has 4n + 6 parameters, not " + parameters.size());
        }
        long in = pixels;
        int p = 0;
        for (int i = 0; i < n; i++) {
            in = checkLayer(parameters, p, in);
            p += 2;
        }
        long latent = checkLayer(parameters, p, in);
        checkLayer(parameters, p + 2, in);
        in = latent;
        p += 4;
        for (int i = 0; i <= n; i++) {
            in = checkLayer(parameters, p, in);
            p += 2;
        }
        if (in != pixels) {
            throw new IllegalStateException("the decoder ends at " + in + " values, not the images' " + pixels);
        }
    }

    private static long checkLayer(List<Parameter> parameters, int at, long in) {
        Shape weight = parameters.get(at).getArray().getShape();
        Shape bias = parameters.get(at + 1).getArray().getShape();
        if (weight.dimension() != 2 || weight.get(1) != in || bias.dimension() != 1 || bias.get(0) != weight.get(0)) {
            throw new IllegalStateException("parameter " + parameters.get(at).getName() + " " + weight + " and "
                    + parameters.get(at + 1).getName() + " " + bias + " are no linear layer from " + in + " values");
        }
        return weight.get(0);
    }
}
