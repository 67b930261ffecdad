package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The melody VAE as one DJL block. Training forward: one-hot melodies {@code (N, steps, classes)} to
 * {@code [logits (N, steps, classes), zMean, zLogVar]}, the decoder teacher-forced: at each step it sees
 * the previous true event and z, and starts from a state computed from z. An optional input named
 * {@link MelodyVae#PREVIOUS_INPUT} gives the decoder other previous events (one-hot, already shifted), as scheduled sampling does.
 */
final class MelodyVaeBlock extends AbstractBlock {
    private static final byte VERSION = 1;

    private final MelodyVaeConfig config;
    private final Block encoderForward;
    private final Block encoderBackward;
    private final Block zMean;
    private final Block zLogVar;
    private final Block initialState;
    private final Block decoder;
    private final Block output;

    MelodyVaeBlock(MelodyVaeConfig config) {
        super(VERSION);
        this.config = config;
        this.encoderForward = addChildBlock("encoder_forward", encoderLstm());
        this.encoderBackward = addChildBlock("encoder_backward", encoderLstm());
        this.zMean = addChildBlock("z_mean", Linear.builder().setUnits(config.latentSize()).build());
        this.zLogVar = addChildBlock("z_log_var", Linear.builder().setUnits(config.latentSize()).build());
        this.initialState = addChildBlock("initial_state", Linear.builder().setUnits(2L * config.decoderState()).build());
        this.decoder = addChildBlock("decoder", LSTM.builder().setStateSize(config.decoderState()).setNumLayers(1)
                .optBatchFirst(true).optReturnState(true).build());
        this.output = addChildBlock("output", Linear.builder().setUnits(config.classes()).build());
    }

    /** One direction of the encoder; DJL's own bidirectional LSTM orders its weights wrongly for PyTorch. */
    private LSTM encoderLstm() {
        return LSTM.builder().setStateSize(config.encoderState()).setNumLayers(1).optBatchFirst(true).optReturnState(true).build();
    }

    MelodyVaeConfig config() {
        return config;
    }

    private boolean initialized;

    /**
     * Once true it stays true: DJL asks before every training forward, and each time collects every parameter of every
     * block with its name, Java work that the JIT then compiles in the first epochs on the engine's cores.
     */
    @Override
    public boolean isInitialized() {
        if (!initialized) {
            initialized = super.isInitialized();
        }
        return initialized;
    }

    /** {@code [zMean, zLogVar]} for one-hot melodies {@code (N, steps, classes)}. */
    NDList encode(ParameterStore store, NDArray oneHot, boolean training) {
        long batch = oneHot.getShape().get(0);
        NDArray forward = encoderForward.forward(store, new NDList(oneHot), training).get(1);
        NDArray backward = encoderBackward.forward(store, new NDList(oneHot.flip(1)), training).get(1);
        NDArray summary = NDArrays.concat(new NDList(forward, backward), 2).reshape(batch, 2L * config.encoderState());
        return new NDList(zMean.forward(store, new NDList(summary), training).singletonOrThrow(),
                zLogVar.forward(store, new NDList(summary), training).singletonOrThrow());
    }

    /** The decoder's starting {@code [h, c]}, each {@code (1, N, decoderState)}. */
    NDList startState(ParameterStore store, NDArray z, boolean training) {
        NDArray both = initialState.forward(store, new NDList(z), training).singletonOrThrow().tanh();
        long batch = z.getShape().get(0);
        NDArray h = both.get(new NDIndex(":, :{}", config.decoderState())).reshape(1, batch, config.decoderState());
        NDArray c = both.get(new NDIndex(":, {}:", config.decoderState())).reshape(1, batch, config.decoderState());
        return new NDList(h, c);
    }

    /**
     * Runs the decoder over {@code previous} events (one-hot {@code (N, T, classes)}) from {@code state};
     * returns {@code [logits (N, T, classes), h, c]}.
     */
    NDList decodeSteps(ParameterStore store, NDArray z, NDArray previous, NDList state, boolean training) {
        long steps = previous.getShape().get(1);
        NDArray zEachStep = z.expandDims(1).broadcast(new Shape(z.getShape().get(0), steps, z.getShape().get(1))); // a view: cat copies once
        NDArray input = NDArrays.concat(new NDList(previous, zEachStep), 2);
        NDList out = decoder.forward(store, new NDList(input, state.get(0), state.get(1)), training);
        NDArray logits = output.forward(store, new NDList(out.get(0)), training).singletonOrThrow();
        return new NDList(logits, out.get(1), out.get(2));
    }

    /** Teacher forcing: the true melody shifted one step right, with an all-zero first input. */
    static NDArray previousEvents(NDArray oneHot) {
        long steps = oneHot.getShape().get(1);
        NDArray start = oneHot.getManager().zeros(new Shape(oneHot.getShape().get(0), 1, oneHot.getShape().get(2)));
        return NDArrays.concat(new NDList(start, oneHot.get(new NDIndex(":, :{}, :", steps - 1))), 1);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray oneHot = inputs.get(0);
        NDArray given = inputs.get(MelodyVae.PREVIOUS_INPUT);
        NDArray previous = given != null ? given : previousEvents(oneHot);
        NDList moments = encode(store, oneHot, training);
        NDArray z = ImageVaeBlock.reparameterize(moments.get(0), moments.get(1), inputs);
        NDArray logits = decodeSteps(store, z, previous, startState(store, z, training), training).get(0);
        return new NDList(logits, moments.get(0), moments.get(1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        Shape latent = new Shape(batch, config.latentSize());
        return new Shape[] {new Shape(batch, config.steps(), config.classes()), latent, latent};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        encoderForward.initialize(manager, dataType, inputShapes[0]);
        encoderBackward.initialize(manager, dataType, inputShapes[0]);
        Shape summary = new Shape(batch, 2L * config.encoderState());
        zMean.initialize(manager, dataType, summary);
        zLogVar.initialize(manager, dataType, summary);
        Shape latent = new Shape(batch, config.latentSize());
        initialState.initialize(manager, dataType, latent);
        Shape state = new Shape(1, batch, config.decoderState());
        decoder.initialize(manager, dataType, new Shape(batch, config.steps(), config.classes() + config.latentSize()), state, state);
        output.initialize(manager, dataType, new Shape(batch, config.steps(), config.decoderState()));
    }
}
