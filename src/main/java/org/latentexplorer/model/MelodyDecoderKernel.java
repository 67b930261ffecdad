package org.latentexplorer.model;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.Random;

/**
 * The melody decoder's step loop in plain Java, over a copy of the trained weights. Decoding is 32
 * dependent LSTM steps on one point; through the engine each step is a dozen native calls and the LSTM
 * call alone costs about 0.4 ms, while the arithmetic is about 0.3 M multiply-adds. Computes exactly
 * what {@link MelodyVaeBlock#startState} and {@link MelodyVaeBlock#decodeSteps} compute (gate order
 * i, f, g, o as in PyTorch), up to float rounding.
 */
final class MelodyDecoderKernel {
    private final int hidden;
    private final int latent;
    private final int classes;
    private final float[] initWeight;   // (2H, Z)
    private final float[] initBias;     // 2H
    private final float[][] inputWeightT; // (classes + Z) rows of 4H: row k is the input weight column k
    private final float[][] recurrentWeightT; // H rows of 4H: row j multiplies h[j]
    private final float[] gateBias;     // 4H: both LSTM biases
    private final float[][] outputWeightT; // H rows of classes
    private final float[] outputBias;   // classes

    MelodyDecoderKernel(MelodyVaeBlock block) {
        MelodyVaeConfig config = block.config();
        hidden = config.decoderState();
        latent = config.latentSize();
        classes = config.classes();
        initWeight = values(block, "initial_state", "weight");
        initBias = values(block, "initial_state", "bias");
        float[] inputWeight = values(block, "decoder", "i2h_WEIGHT");
        recurrentWeightT = Kernels.transpose(values(block, "decoder", "h2h_WEIGHT"), 4 * hidden, hidden);
        float[] inputBias = values(block, "decoder", "i2h_BIAS");
        float[] recurrentBias = values(block, "decoder", "h2h_BIAS");
        outputWeightT = Kernels.transpose(values(block, "output", "weight"), classes, hidden);
        outputBias = values(block, "output", "bias");
        int gates = 4 * hidden;
        inputWeightT = Kernels.transpose(inputWeight, gates, classes + latent);
        gateBias = new float[gates];
        for (int g = 0; g < gates; g++) {
            gateBias[g] = inputBias[g] + recurrentBias[g];
        }
    }

    private static float[] values(Block block, String child, String parameterSuffix) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            String name = p.getKey();
            if (name.contains(child) && name.endsWith(parameterSuffix)) {
                return p.getValue().getArray().toFloatArray();
            }
        }
        throw new IllegalStateException("the melody decoder has no parameter " + child + "*" + parameterSuffix);
    }

    /** Event classes for one latent point; {@code temperature} 0 takes the most likely class each step. */
    int[] decode(float[] z, int steps, double temperature, Random random) {
        int gates = 4 * hidden;
        float[] h = new float[hidden];
        float[] c = new float[hidden];
        for (int j = 0; j < 2 * hidden; j++) {
            float value = (float) Math.tanh(initBias[j] + dot(initWeight, j * latent, z, 0, latent));
            if (j < hidden) {
                h[j] = value;
            } else {
                c[j - hidden] = value;
            }
        }
        float[] fromZ = gateBias.clone();
        for (int k = 0; k < latent; k++) {
            Kernels.axpy(z[k], inputWeightT[classes + k], fromZ);
        }
        float[] g = new float[gates];
        float[] logits = new float[classes];
        int[] events = new int[steps];
        int previous = -1;
        for (int t = 0; t < steps; t++) {
            System.arraycopy(fromZ, 0, g, 0, gates);
            if (previous >= 0) {
                Kernels.axpy(1f, inputWeightT[previous], g);
            }
            for (int j = 0; j < hidden; j++) {
                Kernels.axpy(h[j], recurrentWeightT[j], g);
            }
            for (int j = 0; j < hidden; j++) {
                float in = Kernels.sigmoid(g[j]);
                float forget = Kernels.sigmoid(g[hidden + j]);
                float cell = (float) Math.tanh(g[2 * hidden + j]);
                float out = Kernels.sigmoid(g[3 * hidden + j]);
                c[j] = forget * c[j] + in * cell;
                h[j] = out * (float) Math.tanh(c[j]);
            }
            System.arraycopy(outputBias, 0, logits, 0, classes);
            for (int j = 0; j < hidden; j++) {
                Kernels.axpy(h[j], outputWeightT[j], logits);
            }
            previous = temperature <= 0 ? argmax(logits) : sample(logits, temperature, random);
            events[t] = previous;
        }
        return events;
    }

    /** Dot product with four running sums (a reduction the JIT cannot vectorize; used once per melody). */
    private static float dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += a[aOffset + i] * b[bOffset + i];
            s1 += a[aOffset + i + 1] * b[bOffset + i + 1];
            s2 += a[aOffset + i + 2] * b[bOffset + i + 2];
            s3 += a[aOffset + i + 3] * b[bOffset + i + 3];
        }
        for (; i < length; i++) {
            s0 += a[aOffset + i] * b[bOffset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int sample(float[] logits, double temperature, Random random) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v / temperature);
        }
        double[] weights = new double[logits.length];
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            weights[i] = Math.exp(logits[i] / temperature - max);
            total += weights[i];
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
