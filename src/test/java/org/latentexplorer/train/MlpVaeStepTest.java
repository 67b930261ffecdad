package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.latentexplorer.model.ImageVae;
import org.latentexplorer.model.Network;
import org.latentexplorer.model.VaeConfig;
import org.latentexplorer.model.VaeLoss;

/** The hand-written TorchScript step against DJL's forward pass and autograd on the same batch and noise. */
class MlpVaeStepTest {
    private static final int IMAGES = 12;
    private static final int[] BATCH = {3, 7, 1, 9, 11};
    private static final float BETA = 0.7f;

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void lossAndEveryGradientAreAutogradsForAnyNumberOfHiddenLayers(int hiddenLayers) {
        Integer[] hidden = hiddenLayers == 1 ? new Integer[] {24} : new Integer[] {32, 16, 8};
        Engine.getInstance().setRandomSeed(5);
        try (ImageVae vae = ImageVae.create(VaeConfig.mlp(3, hidden), Device.cpu());
             Trainer trainer = vae.newTrainer(new DefaultTrainingConfig(new VaeLoss(BETA)))) {
            trainer.initialize(new Shape(BATCH.length, 784));
            NDManager manager = trainer.getManager();
            List<Parameter> parameters = parameters(trainer);
            NDArray images = manager.create(pictures(), new Shape(IMAGES, 784));
            NDArray noise = manager.randomNormal(new Shape(BATCH.length, 3));

            float expectedLoss;
            List<float[]> expected = new ArrayList<>();
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray batch = EpochLoop.gather(images, manager, BATCH);
                noise.setName(Network.NOISE_INPUT);
                NDArray loss = trainer.getLoss().evaluate(new NDList(batch), trainer.forward(new NDList(batch, noise)));
                collector.backward(loss);
                expectedLoss = loss.getFloat();
            }
            for (Parameter parameter : parameters) {
                expected.add(parameter.getArray().getGradient().toFloatArray());
            }

            try (MlpVaeStep step = MlpVaeStep.open(parameters, images, BETA); NDManager scope = manager.newSubManager()) {
                EpochLoop.FusedStep.Result result = step.run(scope, BATCH, noise);
                assertEquals(expectedLoss, result.loss(), Math.abs(expectedLoss) * 1e-5, "the loss is VaeLoss's");
                assertEquals(parameters.size(), result.gradients().size());
                for (int i = 0; i < parameters.size(); i++) {
                    float[] got = result.gradients().get(i).toFloatArray();
                    assertTrue(maxAbs(expected.get(i)) > 0, parameters.get(i).getName() + " has a gradient to compare");
                    assertEquals(0, maxDifference(expected.get(i), got) / maxAbs(expected.get(i)), 1e-4,
                            "gradient " + i + " (" + parameters.get(i).getName() + ")");
                }
            }
        }
    }

    @Test
    void aNetworkThatIsNoMlpVaeIsRefused() {
        try (ImageVae vae = ImageVae.create(VaeConfig.mlp(3, 24), Device.cpu());
             Trainer trainer = vae.newTrainer(new DefaultTrainingConfig(new VaeLoss(1f)))) {
            trainer.initialize(new Shape(1, 784));
            List<Parameter> parameters = parameters(trainer);
            NDArray images = trainer.getManager().zeros(new Shape(2, 784));
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> MlpVaeStep.open(parameters.subList(0, parameters.size() - 4), images, 1f));
            assertTrue(error.getMessage().contains("4n + 6"), error.getMessage());
            NDArray wide = trainer.getManager().zeros(new Shape(2, 900));
            error = assertThrows(IllegalStateException.class, () -> MlpVaeStep.open(parameters, wide, 1f));
            assertTrue(error.getMessage().contains("from 900 values"), error.getMessage());
        }
    }

    private static List<Parameter> parameters(Trainer trainer) {
        return trainer.getModel().getBlock().getParameters().stream().map(Pair::getValue).toList();
    }

    /** Pictures with blank borders and saturated strokes, as digits are: exact zeros, exact ones and greys between. */
    private static float[] pictures() {
        Random random = new Random(11);
        float[] pixels = new float[IMAGES * 784];
        for (int i = 0; i < pixels.length; i++) {
            int x = i % 28;
            int y = i / 28 % 28;
            boolean inside = x > 5 && x < 22 && y > 4 && y < 23;
            pixels[i] = !inside ? 0f : random.nextFloat() < 0.3f ? 1f : random.nextFloat() * 0.5f;
        }
        return pixels;
    }

    private static float maxAbs(float[] values) {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static float maxDifference(float[] a, float[] b) {
        assertEquals(a.length, b.length);
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
