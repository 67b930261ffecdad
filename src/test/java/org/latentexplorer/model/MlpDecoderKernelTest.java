package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MlpDecoderKernelTest {

    @Test
    void singlePointsDecodeInJavaAsTheEngineDecodesABatch() {
        Engine.getInstance().setRandomSeed(5);
        try (ImageVae vae = ImageVae.create(VaeConfig.mlp(3, 64, 32), Device.cpu())) {
            Random random = new Random(9);
            int points = 6;
            float[] z = new float[points * 3];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) (random.nextGaussian() * 2);
            }
            float[] engine = vae.decode(z, points);
            int pixels = vae.config().imageSize();
            assertEquals(points * pixels, engine.length);
            for (int i = 0; i < points; i++) {
                float[] single = vae.decode(Arrays.copyOfRange(z, i * 3, i * 3 + 3), 1);
                assertArrayEquals(Arrays.copyOfRange(engine, i * pixels, (i + 1) * pixels), single, 1e-5f, "point " + i);
            }
            float[] first = vae.decode(Arrays.copyOfRange(z, 0, 3), 1);
            float[] second = vae.decode(Arrays.copyOfRange(z, 3, 6), 1);
            assertTrue(maxDifference(first, second) > 1e-3, "different points decode differently");
        }
    }

    private static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
