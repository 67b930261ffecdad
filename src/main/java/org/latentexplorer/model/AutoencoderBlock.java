package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/**
 * The autoencoder as one DJL block: input batch {@code (N, inputPixels)} to {@code [logits]} of
 * {@code (N, outputPixels)}. {@link #encode} and {@link #decode} run the halves on their own.
 */
final class AutoencoderBlock extends AbstractBlock {
    private static final byte VERSION = 1;

    private final AutoencoderConfig config;
    private final Block encoder;
    private final Block decoder;

    AutoencoderBlock(AutoencoderConfig config) {
        super(VERSION);
        this.config = config;
        SequentialBlock down = new SequentialBlock();
        for (int width : config.hidden()) {
            down.add(Linear.builder().setUnits(width).build()).add(Activation::relu);
        }
        down.add(Linear.builder().setUnits(config.bottleneck()).build());
        SequentialBlock up = new SequentialBlock();
        List<Integer> hidden = config.hidden();
        for (int i = hidden.size() - 1; i >= 0; i--) {
            up.add(Linear.builder().setUnits(hidden.get(i)).build()).add(Activation::relu);
        }
        up.add(Linear.builder().setUnits(config.outputSize()).build());
        this.encoder = addChildBlock("encoder", down);
        this.decoder = addChildBlock("decoder", up);
    }

    AutoencoderConfig config() {
        return config;
    }

    /** Bottleneck codes for an input batch. */
    NDArray encode(ParameterStore store, NDArray inputs, boolean training) {
        return encoder.forward(store, new NDList(inputs), training).singletonOrThrow();
    }

    /** Pixel logits for a batch of codes. */
    NDArray decode(ParameterStore store, NDArray codes, boolean training) {
        return decoder.forward(store, new NDList(codes), training).singletonOrThrow();
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(decode(store, encode(store, inputs.singletonOrThrow(), training), training));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), config.outputSize())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        decoder.initialize(manager, dataType, new Shape(inputShapes[0].get(0), config.bottleneck()));
    }
}
