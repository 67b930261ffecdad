package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/**
 * The VAE as one DJL block. Training forward: image batch {@code (N, pixels)} to
 * {@code [logits, zMean, zLogVar]} with z drawn by the reparameterization trick.
 * {@link #encode} and {@link #decode} run the halves on their own.
 */
final class ImageVaeBlock extends AbstractBlock {
    private static final byte VERSION = 1;

    private final VaeConfig config;
    private final Block encoder;
    private final Block zMean;
    private final Block zLogVar;
    private final Block decoder;

    ImageVaeBlock(VaeConfig config) {
        super(VERSION);
        this.config = config;
        this.encoder = addChildBlock("encoder", config.architecture() == Architecture.MLP ? mlpEncoder() : convEncoder());
        this.zMean = addChildBlock("z_mean", Linear.builder().setUnits(config.latentSize()).build());
        this.zLogVar = addChildBlock("z_log_var", Linear.builder().setUnits(config.latentSize()).build());
        this.decoder = addChildBlock("decoder", config.architecture() == Architecture.MLP ? mlpDecoder() : convDecoder());
    }

    private SequentialBlock mlpEncoder() {
        SequentialBlock block = new SequentialBlock();
        for (int width : config.hidden()) {
            block.add(Linear.builder().setUnits(width).build()).add(Activation::relu);
        }
        return block;
    }

    private SequentialBlock mlpDecoder() {
        SequentialBlock block = new SequentialBlock();
        List<Integer> hidden = config.hidden();
        for (int i = hidden.size() - 1; i >= 0; i--) {
            block.add(Linear.builder().setUnits(hidden.get(i)).build()).add(Activation::relu);
        }
        return block.add(Linear.builder().setUnits(config.imageSize()).build());
    }

    private SequentialBlock convEncoder() {
        int rows = config.imageRows();
        int cols = config.imageCols();
        return new SequentialBlock()
                .add(x -> new NDList(x.singletonOrThrow().reshape(-1, 1, rows, cols)))
                .add(downsample(config.hidden().get(0))).add(Activation::relu)
                .add(downsample(config.hidden().get(1))).add(Activation::relu)
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(config.hidden().get(2)).build()).add(Activation::relu);
    }

    private SequentialBlock convDecoder() {
        int channels = config.hidden().get(1);
        int quarterRows = config.imageRows() / 4;
        int quarterCols = config.imageCols() / 4;
        return new SequentialBlock()
                .add(Linear.builder().setUnits(config.hidden().get(2)).build()).add(Activation::relu)
                .add(Linear.builder().setUnits((long) channels * quarterRows * quarterCols).build()).add(Activation::relu)
                .add(x -> new NDList(x.singletonOrThrow().reshape(-1, channels, quarterRows, quarterCols)))
                .add(ImageVaeBlock::doubleSize).add(convolution(config.hidden().get(0))).add(Activation::relu)
                .add(ImageVaeBlock::doubleSize).add(convolution(1))
                .add(Blocks.batchFlattenBlock());
    }

    private static Conv2d downsample(int filters) {
        return Conv2d.builder().setFilters(filters).setKernelShape(new Shape(4, 4))
                .optStride(new Shape(2, 2)).optPadding(new Shape(1, 1)).build();
    }

    /** Nearest-neighbour upsampling; DJL's PyTorch engine has no transposed convolution. */
    private static NDList doubleSize(NDList input) {
        return new NDList(input.singletonOrThrow().repeat(2, 2).repeat(3, 2));
    }

    private static Conv2d convolution(int filters) {
        return Conv2d.builder().setFilters(filters).setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).build();
    }

    VaeConfig config() {
        return config;
    }

    /** {@code [zMean, zLogVar]} for an image batch. */
    NDList encode(ParameterStore store, NDArray images, boolean training) {
        NDArray hidden = encoder.forward(store, new NDList(images), training).singletonOrThrow();
        return new NDList(zMean.forward(store, new NDList(hidden), training).singletonOrThrow(),
                zLogVar.forward(store, new NDList(hidden), training).singletonOrThrow());
    }

    Block decoderBlock() {
        return decoder;
    }

    /** Pixel logits for a batch of latent points. */
    NDArray decode(ParameterStore store, NDArray z, boolean training) {
        return decoder.forward(store, new NDList(z), training).singletonOrThrow();
    }

    /** {@code mean + exp(logVar / 2) * noise}, with the caller's noise where {@code inputs} holds one, else fresh noise. */
    static NDArray reparameterize(NDArray mean, NDArray logVar, NDList inputs) {
        NDArray given = inputs.get(Network.NOISE_INPUT);
        NDArray epsilon = given != null ? given : mean.getManager().randomNormal(mean.getShape());
        return mean.add(logVar.mul(0.5f).exp().mul(epsilon));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList moments = encode(store, inputs.get(0), training);
        NDArray z = reparameterize(moments.get(0), moments.get(1), inputs);
        return new NDList(decode(store, z, training), moments.get(0), moments.get(1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        Shape latent = new Shape(batch, config.latentSize());
        return new Shape[] {new Shape(batch, config.imageSize()), latent, latent};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        Shape hidden = encoder.getOutputShapes(inputShapes)[0];
        zMean.initialize(manager, dataType, hidden);
        zLogVar.initialize(manager, dataType, hidden);
        decoder.initialize(manager, dataType, new Shape(inputShapes[0].get(0), config.latentSize()));
    }
}
