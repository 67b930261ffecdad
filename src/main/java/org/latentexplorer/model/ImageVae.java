package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.Trainer;
import ai.djl.training.TrainingConfig;
import java.util.Arrays;
import org.latentexplorer.data.ImageSet;

/**
 * An image VAE on the DJL engine. Everything public takes and returns plain arrays: no NDArray leaves
 * this class, and every intermediate lives in a short-lived sub-manager. Its trainer's forward returns
 * {@code [logits, zMean, zLogVar]}.
 */
public final class ImageVae extends Network implements ImageCodec {
    static final String PARAMS_PREFIX = "vae";

    /** Up to this many points at once, an MLP decoder runs in plain Java rather than through the engine. */
    private static final int KERNEL_POINTS = 4;

    private final ImageVaeBlock block;
    private MlpDecoderKernel kernel;
    private boolean trainable;

    private ImageVae(ImageVaeBlock block, Device device) {
        super("image-vae", block, device, new Shape(1, block.config().imageSize()));
        this.block = block;
    }

    /** A freshly initialized network (weights drawn from the engine's seeded generator). */
    public static ImageVae create(VaeConfig config, Device device) {
        return new ImageVae(new ImageVaeBlock(config), device);
    }

    @Override
    String paramsPrefix() {
        return PARAMS_PREFIX;
    }

    public VaeConfig config() {
        return block.config();
    }

    public int latentSize() {
        return block.config().latentSize();
    }

    /** Pixel probabilities for {@code count} latent points laid out one after another in {@code z}. */
    public float[] decode(float[] z, int count) {
        MlpDecoderKernel fast = count <= KERNEL_POINTS ? kernel() : null;
        if (fast != null && z.length == count * latentSize()) {
            if (count == 1) {
                return fast.decode(z);
            }
            int pixels = config().imageSize();
            float[] out = new float[count * pixels];
            for (int i = 0; i < count; i++) {
                float[] point = Arrays.copyOfRange(z, i * latentSize(), (i + 1) * latentSize());
                System.arraycopy(fast.decode(point), 0, out, i * pixels, pixels);
            }
            return out;
        }
        return infer(z, count, latentSize(), points -> Activation.sigmoid(block.decode(inferenceStore(), points, false)));
    }

    /** The plain-Java decoder of an MLP on the CPU whose weights no trainer can change; null otherwise. */
    private synchronized MlpDecoderKernel kernel() {
        if (kernel == null && !trainable && config().architecture() == Architecture.MLP && !device().isGpu()) {
            kernel = MlpDecoderKernel.of(block.decoderBlock());
        }
        return kernel;
    }

    @Override
    public synchronized Trainer newTrainer(TrainingConfig config) {
        trainable = true;
        kernel = null;
        return super.newTrainer(config);
    }

    /** Encoder means for {@code count} images laid out one after another in {@code images}. */
    public float[] encodeMeans(float[] images, int count) {
        return infer(images, count, config().imageSize(), batch -> block.encode(inferenceStore(), batch, false).get(0));
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
            try (NDManager scope = newScope()) {
                NDArray images = scope.create(chunk, new Shape(n, pixels));
                NDList out = block.forward(inferenceStore(), new NDList(images), false);
                reconstruction += VaeLoss.reconstruction(out.get(0), images).sum().getFloat();
                kl += VaeLoss.kl(out.get(1), out.get(2)).sum().getFloat();
            }
        }
        return new Evaluation(reconstruction / set.count(), kl / set.count());
    }
}
