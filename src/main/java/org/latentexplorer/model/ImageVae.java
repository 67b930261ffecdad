package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.TrainingConfig;
import org.latentexplorer.data.ImageSet;

/**
 * An image VAE on the DJL engine. Everything public takes and returns plain arrays: no NDArray leaves
 * this class, and every intermediate lives in a short-lived sub-manager.
 */
public final class ImageVae implements AutoCloseable {
    static final String PARAMS_PREFIX = "vae";

    private final Model model;
    private final ImageVaeBlock block;
    private final ParameterStore inferenceStore;

    private ImageVae(Model model, ImageVaeBlock block) {
        this.model = model;
        this.block = block;
        this.inferenceStore = new ParameterStore(model.getNDManager(), false);
    }

    /** A freshly initialized network (weights drawn from the engine's seeded generator). */
    public static ImageVae create(VaeConfig config, Device device) {
        ImageVaeBlock block = new ImageVaeBlock(config);
        Model model = Model.newInstance("image-vae", device);
        model.setBlock(block);
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, config.imageSize()));
        return new ImageVae(model, block);
    }

    public VaeConfig config() {
        return block.config();
    }

    public Device device() {
        return model.getNDManager().getDevice();
    }

    public int latentSize() {
        return block.config().latentSize();
    }

    Model model() {
        return model;
    }

    /** A DJL trainer over this network; the trainer's forward returns {@code [logits, zMean, zLogVar]}. */
    public Trainer newTrainer(TrainingConfig config) {
        return model.newTrainer(config);
    }

    /** Pixel probabilities for {@code count} latent points laid out one after another in {@code z}. */
    public synchronized float[] decode(float[] z, int count) {
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDArray points = scope.create(z, new Shape(count, latentSize()));
            return Activation.sigmoid(block.decode(inferenceStore, points, false)).toFloatArray();
        }
    }

    /** Encoder means for {@code count} images laid out one after another in {@code images}. */
    public synchronized float[] encodeMeans(float[] images, int count) {
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDArray batch = scope.create(images, new Shape(count, config().imageSize()));
            return block.encode(inferenceStore, batch, false).get(0).toFloatArray();
        }
    }

    /** Reconstruction and KL per image, summed over one image, averaged over the set (one z sample each). */
    public record Evaluation(double reconstruction, double kl) {
        public double negativeElbo() {
            return reconstruction + kl;
        }
    }

    public synchronized Evaluation evaluate(ImageSet set, int batchSize) {
        double reconstruction = 0;
        double kl = 0;
        int pixels = set.imageSize();
        for (int start = 0; start < set.count(); start += batchSize) {
            int n = Math.min(batchSize, set.count() - start);
            float[] chunk = new float[n * pixels];
            System.arraycopy(set.pixels(), start * pixels, chunk, 0, chunk.length);
            try (NDManager scope = model.getNDManager().newSubManager()) {
                NDArray images = scope.create(chunk, new Shape(n, pixels));
                NDList out = block.forward(inferenceStore, new NDList(images), false);
                reconstruction += VaeLoss.reconstruction(out.get(0), images).sum().getFloat();
                kl += VaeLoss.kl(out.get(1), out.get(2)).sum().getFloat();
            }
        }
        return new Evaluation(reconstruction / set.count(), kl / set.count());
    }

    @Override
    public void close() {
        model.close();
    }
}
