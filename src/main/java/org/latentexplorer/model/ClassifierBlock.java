package org.latentexplorer.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;

/** The classifier as one DJL block: image batch {@code (N, pixels)} to class logits {@code (N, classes)}. */
final class ClassifierBlock extends SequentialBlock {
    private final ClassifierConfig config;

    ClassifierBlock(ClassifierConfig config) {
        this.config = config;
        if (config.architecture() == Architecture.MLP) {
            for (int width : config.hidden()) {
                add(Linear.builder().setUnits(width).build()).add(Activation::relu);
            }
        } else {
            int rows = config.imageRows();
            int cols = config.imageCols();
            add(x -> new NDList(x.singletonOrThrow().reshape(-1, 1, rows, cols)));
            for (int channels : config.hidden().subList(0, 2)) {
                add(Conv2d.builder().setFilters(channels).setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).build())
                        .add(Activation::relu)
                        .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
            }
            add(Blocks.batchFlattenBlock());
            add(Linear.builder().setUnits(config.hidden().get(2)).build()).add(Activation::relu);
        }
        add(Linear.builder().setUnits(config.classes()).build());
    }

    ClassifierConfig config() {
        return config;
    }
}
