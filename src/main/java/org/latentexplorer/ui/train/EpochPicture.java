package org.latentexplorer.ui.train;

import java.util.Random;
import org.latentexplorer.latent.LatentPlane;
import org.latentexplorer.latent.PrincipalPlane;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.train.EpochModel;
import org.latentexplorer.ui.widgets.GrayImage;
import org.latentexplorer.ui.widgets.Scatter;

/**
 * What the Train view shows of the model after an epoch: the test pictures on its latent map (a 2-D model's own plane,
 * a larger one's two leading principal directions, as the explorer shows it) and a grid of pictures it draws from the
 * same random points every epoch, so you see them sharpen.
 */
record EpochPicture(int epoch, Scatter scatter, String[] axisNames, GrayImage samples) {
    static final int SAMPLE_COLUMNS = 4;
    static final int SAMPLES = 16;
    private static final long SAMPLE_SEED = 7;

    /** Made on the training thread, while {@code model} is valid. */
    static EpochPicture of(EpochModel model) {
        LatentMap map = model.testMap();
        Scatter scatter;
        String[] axes;
        if (map.dimensions() == 2) {
            scatter = Scatter.project(map, z -> new double[] {z[0], z[1]});
            axes = new String[] {"z1", "z2"};
        } else {
            LatentPlane plane = PrincipalPlane.of(map);
            scatter = Scatter.project(map, plane);
            axes = new String[] {"PC 1", "PC 2"};
        }
        return new EpochPicture(model.epoch(), scatter, axes, samples(model));
    }

    private static GrayImage samples(EpochModel model) {
        int latent = model.latentSize();
        Random random = new Random(SAMPLE_SEED);
        float[] z = new float[SAMPLES * latent];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) random.nextGaussian();
        }
        float[] pixels = model.decode(z, SAMPLES);
        int size = pixels.length / SAMPLES;
        int side = (int) Math.round(Math.sqrt(size));
        float[][] tiles = new float[SAMPLES][];
        for (int s = 0; s < SAMPLES; s++) {
            tiles[s] = java.util.Arrays.copyOfRange(pixels, s * size, (s + 1) * size);
        }
        return GrayImage.tile(tiles, SAMPLE_COLUMNS, side, side);
    }
}
