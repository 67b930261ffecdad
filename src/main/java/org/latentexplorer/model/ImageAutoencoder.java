package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.Arrays;
import org.latentexplorer.data.ImageSet;

/**
 * A deterministic image autoencoder on the DJL engine (plain, denoising or super-resolution; see
 * {@link AutoencoderConfig}). Everything public takes and returns plain arrays laid out one image or code
 * after another. Its trainer's forward returns {@code [logits]} of the output image.
 */
public final class ImageAutoencoder extends Network {
    static final String PARAMS_PREFIX = "autoencoder";

    private final AutoencoderBlock block;

    private ImageAutoencoder(AutoencoderBlock block, Device device) {
        super("image-autoencoder", block, device, new Shape(1, block.config().inputSize()));
        this.block = block;
    }

    /** A freshly initialized network (weights drawn from the engine's seeded generator). */
    public static ImageAutoencoder create(AutoencoderConfig config, Device device) {
        return new ImageAutoencoder(new AutoencoderBlock(config), device);
    }

    @Override
    String paramsPrefix() {
        return PARAMS_PREFIX;
    }

    public AutoencoderConfig config() {
        return block.config();
    }

    /** Output pixel probabilities for {@code count} inputs. */
    public float[] reconstruct(float[] inputs, int count) {
        return infer(inputs, count, config().inputSize(), x -> Activation.sigmoid(block.decode(inferenceStore(),
                block.encode(inferenceStore(), x, false), false)));
    }

    /** Bottleneck codes for {@code count} inputs. */
    public float[] encode(float[] inputs, int count) {
        return infer(inputs, count, config().inputSize(), x -> block.encode(inferenceStore(), x, false));
    }

    /** Output pixel probabilities for {@code count} bottleneck codes. */
    public float[] decode(float[] codes, int count) {
        return infer(codes, count, config().bottleneck(), z -> Activation.sigmoid(block.decode(inferenceStore(), z, false)));
    }

    /**
     * The reconstructions of {@code inputs} against {@code targets} (the clean full-size images), the
     * cross-entropy taken from the logits exactly as in training.
     */
    public synchronized Reconstruction evaluate(ImageSet inputs, ImageSet targets, int batchSize) {
        if (inputs.count() != targets.count() || inputs.imageSize() != config().inputSize()
                || targets.imageSize() != config().outputSize()) {
            throw new IllegalArgumentException(inputs.count() + " inputs of " + inputs.rows() + "x" + inputs.cols() + " and "
                    + targets.count() + " targets of " + targets.rows() + "x" + targets.cols() + " do not fit " + config().describe());
        }
        int in = inputs.imageSize();
        int out = targets.imageSize();
        double crossEntropy = 0;
        float[] outputs = new float[targets.pixels().length];
        for (int start = 0; start < inputs.count(); start += batchSize) {
            int n = Math.min(batchSize, inputs.count() - start);
            try (NDManager scope = newScope()) {
                NDArray x = scope.create(Arrays.copyOfRange(inputs.pixels(), start * in, (start + n) * in), new Shape(n, in));
                NDArray y = scope.create(Arrays.copyOfRange(targets.pixels(), start * out, (start + n) * out), new Shape(n, out));
                NDArray logits = block.decode(inferenceStore(), block.encode(inferenceStore(), x, false), false);
                crossEntropy += VaeLoss.reconstruction(logits, y).sum().getFloat();
                System.arraycopy(Activation.sigmoid(logits).toFloatArray(), 0, outputs, start * out, n * out);
            }
        }
        double[] errors = Reconstruction.squaredErrors(outputs, targets.pixels(), out);
        return new Reconstruction(crossEntropy / inputs.count(), Reconstruction.mean(errors), Reconstruction.meanPsnr(errors));
    }
}
