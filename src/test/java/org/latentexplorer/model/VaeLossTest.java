package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class VaeLossTest {

    @Test
    void lossMatchesHandComputedValue() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // Two images of two pixels each.
            NDArray logits = manager.create(new float[] {0f, 2f, -1f, 3f}, new Shape(2, 2));
            NDArray images = manager.create(new float[] {1f, 0f, 0.5f, 1f}, new Shape(2, 2));
            NDArray mean = manager.create(new float[] {1f, 0f, 0f, -2f}, new Shape(2, 2));
            NDArray logVar = manager.create(new float[] {0f, 0f, (float) Math.log(2), 0f}, new Shape(2, 2));

            // BCE(x, t) = -t log s(x) - (1 - t) log(1 - s(x)); KL = 0.5 sum(m^2 + e^lv - 1 - lv).
            double bce1 = bce(0, 1) + bce(2, 0);
            double bce2 = bce(-1, 0.5) + bce(3, 1);
            double kl1 = 0.5 * (1 + 1 - 1 - 0) + 0.5 * (0 + 1 - 1 - 0);
            double kl2 = 0.5 * (0 + 2 - 1 - Math.log(2)) + 0.5 * (4 + 1 - 1 - 0);
            double beta = 0.5;
            double expected = ((bce1 + beta * kl1) + (bce2 + beta * kl2)) / 2;

            float[] reconstruction = VaeLoss.reconstruction(logits, images).toFloatArray();
            assertArrayEquals(new float[] {(float) bce1, (float) bce2}, reconstruction, 1e-5f);
            float[] kl = VaeLoss.kl(mean, logVar).toFloatArray();
            assertArrayEquals(new float[] {(float) kl1, (float) kl2}, kl, 1e-5f);
            float loss = new VaeLoss((float) beta).evaluate(new NDList(images), new NDList(logits, mean, logVar)).getFloat();
            assertEquals(expected, loss, 1e-5);
        }
    }

    @Test
    void reconstructionStaysFiniteForExtremeLogits() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray logits = manager.create(new float[] {-500f, 500f}, new Shape(1, 2));
            NDArray images = manager.create(new float[] {1f, 0f}, new Shape(1, 2));
            assertEquals(1000f, VaeLoss.reconstruction(logits, images).getFloat(), 1e-3f);
        }
    }

    @Test
    void reparameterizationKeepsShapeAndUsesTheVariance() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray mean = manager.full(new Shape(4000, 3), 2f);
            NDArray narrow = ImageVaeBlock.reparameterize(mean, manager.full(new Shape(4000, 3), (float) Math.log(0.01)), new NDList());
            NDArray wide = ImageVaeBlock.reparameterize(mean, manager.full(new Shape(4000, 3), (float) Math.log(4)), new NDList());
            assertEquals(new Shape(4000, 3), narrow.getShape());
            assertEquals(2.0, narrow.mean().getFloat(), 0.01);
            assertEquals(0.1, standardDeviation(narrow), 0.01);
            assertEquals(2.0, standardDeviation(wide), 0.1);
            assertNotEquals(narrow.getFloat(0, 0), narrow.getFloat(1, 0));
            NDArray noise = manager.full(new Shape(4000, 3), 1.5f);
            noise.setName(Network.NOISE_INPUT);
            NDArray given = ImageVaeBlock.reparameterize(mean, manager.full(new Shape(4000, 3), (float) Math.log(4)), new NDList(mean, noise));
            assertEquals(2f + 2f * 1.5f, given.getFloat(7, 2), 1e-5f, "the caller's noise is used where given");
        }
    }

    private static double standardDeviation(NDArray samples) {
        return Math.sqrt(samples.sub(samples.mean()).square().mean().getFloat());
    }

    private static double bce(double logit, double target) {
        double s = 1 / (1 + Math.exp(-logit));
        return -target * Math.log(s) - (1 - target) * Math.log(1 - s);
    }
}
