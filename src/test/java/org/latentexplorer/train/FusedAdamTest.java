package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.tracker.Tracker;
import java.util.List;
import org.junit.jupiter.api.Test;

class FusedAdamTest {
    private static final float[] START = {1f, -2f, 0.5f, 3f};
    private static final float[] SLOPE = {0.3f, -4f, 0f, 12f};

    @Test
    void threeUpdatesFollowPyTorchsAdam() {
        float[] weights = train(3, 0f);
        assertArrayEquals(adam(3, 1f), weights, 1e-6f);
    }

    @Test
    void gradientsAreScaledToTheClipNormBeforeTheUpdate() {
        float norm = (float) Math.sqrt(0.09 + 16 + 0 + 144);
        float[] weights = train(3, 2f);
        assertArrayEquals(adam(3, 2f / norm), weights, 1e-6f);
    }

    @Test
    void momentsOfAWeightWhoseGradientStopsGoToZeroNotToSubnormalNumbers() {
        try (NDManager manager = Engine.getInstance().newBaseManager()) {
            Parameter parameter = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).build();
            parameter.setArray(manager.create(START.clone()));
            parameter.getArray().setRequiresGradient(true);
            try (FusedAdam adam = new FusedAdam(List.of(parameter), Tracker.fixed(1e-3f), 0f, 2)) {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    collector.backward(parameter.getArray().mul(manager.create(SLOPE)).sum());
                }
                adam.step();
                // 0.9^1000 of the first mean is below the smallest normal float; 0.999^100000 of the variance too
                for (int s = 0; s < 100_000; s++) {
                    adam.step();
                    if (s % 1000 == 999) {
                        assertTrue(adam.smallestNonZeroMoment() >= Float.MIN_NORMAL, "a subnormal moment after " + (s + 2) + " steps");
                    }
                }
            }
        }
    }

    /** {@code steps} updates of the loss sum(SLOPE * w) (gradient SLOPE each time), learning rate 0.1. */
    private static float[] train(int steps, float clipNorm) {
        try (NDManager manager = Engine.getInstance().newBaseManager()) {
            Parameter parameter = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).build();
            parameter.setArray(manager.create(START.clone()));
            parameter.getArray().setRequiresGradient(true);
            NDArray slope = manager.create(SLOPE);
            try (FusedAdam adam = new FusedAdam(List.of(parameter), Tracker.fixed(0.1f), clipNorm, 2)) {
                for (int s = 0; s < steps; s++) {
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        collector.backward(parameter.getArray().mul(slope).sum());
                    }
                    adam.step();
                }
            }
            return parameter.getArray().toFloatArray();
        }
    }

    /** torch.optim.Adam's arithmetic, written out in doubles. */
    private static float[] adam(int steps, float gradientScale) {
        float[] w = START.clone();
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        for (int t = 1; t <= steps; t++) {
            for (int i = 0; i < w.length; i++) {
                double g = SLOPE[i] * gradientScale;
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                w[i] -= (float) (0.1 * mHat / (Math.sqrt(vHat) + 1e-8));
            }
        }
        return w;
    }
}
