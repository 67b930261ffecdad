package org.latentexplorer.model;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * An MLP image decoder (linear layers with ReLU between them, a sigmoid at the end) in plain Java over a copy
 * of its weights, for one latent point at a time: the explorer's drag decodes one point per frame, where a trip
 * through the engine costs more than the arithmetic. Hidden units that ReLU zeroes are skipped. Computes what
 * {@link ImageVaeBlock#decode} and a sigmoid compute, up to float rounding.
 */
final class MlpDecoderKernel {
    /** Per layer, its weight matrix by input: {@code weightsByInput[layer][k]} is what input k adds to every output. */
    private final float[][][] weightsByInput;
    private final float[][] biases;
    /** Each thread's hidden-layer buffers: a drag decodes a point a frame, and garbage per frame grows the heap. */
    private final ThreadLocal<float[][]> scratch;

    private MlpDecoderKernel(float[][][] weightsByInput, float[][] biases) {
        this.weightsByInput = weightsByInput;
        this.biases = biases;
        this.scratch = ThreadLocal.withInitial(() -> {
            float[][] buffers = new float[biases.length - 1][];
            for (int layer = 0; layer < buffers.length; layer++) {
                buffers[layer] = new float[biases[layer].length];
            }
            return buffers;
        });
    }

    /** The kernel of a decoder made of DJL {@code Linear} layers (weight {@code (out, in)}, then bias), in order. */
    static MlpDecoderKernel of(Block decoder) {
        List<float[][]> weights = new ArrayList<>();
        List<float[]> biases = new ArrayList<>();
        for (Pair<String, Parameter> p : decoder.getParameters()) {
            Parameter parameter = p.getValue();
            float[] values = parameter.getArray().toFloatArray();
            if (p.getKey().endsWith("weight")) {
                long[] shape = parameter.getArray().getShape().getShape();
                weights.add(Kernels.transpose(values, (int) shape[0], (int) shape[1]));
            } else if (p.getKey().endsWith("bias")) {
                biases.add(values);
            } else {
                throw new IllegalStateException("an MLP decoder has only weights and biases, not " + p.getKey());
            }
        }
        if (weights.isEmpty() || weights.size() != biases.size()) {
            throw new IllegalStateException("an MLP decoder needs a bias for each of its weight matrices");
        }
        return new MlpDecoderKernel(weights.toArray(float[][][]::new), biases.toArray(float[][]::new));
    }

    int latentSize() {
        return weightsByInput[0].length;
    }

    /** Pixel probabilities for one latent point. */
    float[] decode(float[] z) {
        float[][] hidden = scratch.get();
        float[] activations = z;
        for (int layer = 0; layer < weightsByInput.length; layer++) {
            boolean last = layer == weightsByInput.length - 1;
            float[] out = last ? new float[biases[layer].length] : hidden[layer];
            System.arraycopy(biases[layer], 0, out, 0, out.length);
            float[][] byInput = weightsByInput[layer];
            for (int k = 0; k < byInput.length; k++) {
                if (activations[k] != 0f) {
                    Kernels.axpy(activations[k], byInput[k], out);
                }
            }
            for (int i = 0; i < out.length; i++) {
                out[i] = last ? Kernels.sigmoid(out[i]) : Math.max(0f, out[i]);
            }
            activations = out;
        }
        return activations;
    }
}
