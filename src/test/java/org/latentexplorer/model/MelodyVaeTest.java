package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MelodyVaeTest {
    @Test
    void greedyDecodingAgreesWithTeacherForcingOnItsOwnOutput() {
        Engine.getInstance().setRandomSeed(3);
        MelodyVaeConfig config = new MelodyVaeConfig(16, 32, 4, 32);
        try (MelodyVae vae = MelodyVae.create(config, Device.cpu())) {
            Random random = new Random(5);
            float[][] zs = new float[3][4];
            for (float[] z : zs) {
                for (int i = 0; i < z.length; i++) {
                    z[i] = (float) random.nextGaussian() * 3;
                }
            }
            int[][] greedy = vae.decode(zs, 0, null);
            try (NDManager scope = vae.model().getNDManager().newSubManager()) {
                ParameterStore store = new ParameterStore(scope, false);
                MelodyVaeBlock block = (MelodyVaeBlock) vae.model().getBlock();
                int[] flat = new int[zs.length * 32];
                float[] flatZ = new float[zs.length * 4];
                for (int i = 0; i < zs.length; i++) {
                    System.arraycopy(greedy[i], 0, flat, i * 32, 32);
                    System.arraycopy(zs[i], 0, flatZ, i * 4, 4);
                }
                NDArray z = scope.create(flatZ, new Shape(zs.length, 4));
                NDArray oneHot = MelodyVae.oneHot(scope, flat, zs.length, 32);
                NDArray logits = block.decodeSteps(store, z, MelodyVaeBlock.previousEvents(oneHot),
                        block.startState(store, z, false), false).get(0);
                long[] forced = logits.argMax(2).toLongArray();
                for (int i = 0; i < flat.length; i++) {
                    assertEquals(flat[i], forced[i], "step " + (i % 32) + " of melody " + (i / 32));
                }
            }
            assertArrayEquals(greedy[0], vae.decode(new float[][] {zs[0]}, 0, null)[0], "a batch decodes like single points");
        }
    }

    @Test
    void theJavaDecoderMatchesTheEngineOnTheShippedModel() throws java.io.IOException {
        java.nio.file.Path shipped = java.nio.file.Path.of(System.getProperty("latent.models", "models"), "melody-vae");
        try (ModelStore.LoadedModel<MelodyVae> loaded = ModelStore.loadMelody(shipped)) {
            LatentMap map = loaded.latentMap().orElseThrow();
            int n = loaded.model().latentSize();
            float[][] zs = new float[200][];
            for (int i = 0; i < zs.length; i++) {
                zs[i] = java.util.Arrays.copyOfRange(map.means(), i * 29 * n, (i * 29 + 1) * n);
            }
            int[][] engine = loaded.model().decodeWithEngine(zs, 0, null);
            int[][] java = loaded.model().decode(zs, 0, null);
            for (int i = 0; i < zs.length; i++) {
                assertArrayEquals(engine[i], java[i], "corpus point " + i * 29);
            }
        }
    }
}
