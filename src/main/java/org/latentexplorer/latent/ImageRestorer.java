package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.AutoencoderConfig;
import org.latentexplorer.model.ImageAutoencoder;
import org.latentexplorer.model.ModelStore;

/** A denoising or super-resolution autoencoder: a damaged or small image in, the 28x28 image it stands for out. */
public final class ImageRestorer implements AutoCloseable {
    private final ModelStore.LoadedModel<ImageAutoencoder> loaded;

    private ImageRestorer(ModelStore.LoadedModel<ImageAutoencoder> loaded) {
        this.loaded = loaded;
    }

    /** Opens a model and checks it does the job asked for ({@code DENOISE} or {@code SUPERRES}). */
    public static ImageRestorer open(Path directory, AutoencoderConfig.Role role) throws IOException {
        ModelStore.LoadedModel<ImageAutoencoder> loaded = ModelStore.loadAutoencoder(directory);
        if (loaded.model().config().role() != role) {
            loaded.close();
            throw new IOException(directory + ": expected a " + role.name().toLowerCase() + " autoencoder, this is a "
                    + loaded.model().config().describe());
        }
        return new ImageRestorer(loaded);
    }

    /** A denoising autoencoder; any other model is refused, named. */
    public static ImageRestorer openDenoiser(Path directory) throws IOException {
        return open(directory, AutoencoderConfig.Role.DENOISE);
    }

    /** A super-resolution autoencoder; any other model is refused, named. */
    public static ImageRestorer openUpscaler(Path directory) throws IOException {
        return open(directory, AutoencoderConfig.Role.SUPERRES);
    }

    public String modelName() {
        return loaded.card().name();
    }

    public int inputSide() {
        return loaded.model().config().inputRows();
    }

    /** 1 for a denoiser; 2 (14x14 in) or 4 (7x7 in) for super-resolution. */
    public int upscaleFactor() {
        return loaded.model().config().upscaleFactor();
    }

    public float[] restore(float[] inputs, int count) {
        return loaded.model().reconstruct(inputs, count);
    }

    /** Every image of {@code inputs}, restored in batches. */
    public ImageSet restoreAll(ImageSet inputs) {
        AutoencoderConfig config = loaded.model().config();
        if (inputs.rows() != config.inputRows() || inputs.cols() != config.inputCols()) {
            throw new IllegalArgumentException(modelName() + " takes " + config.inputRows() + "x" + config.inputCols()
                    + " images, these are " + inputs.rows() + "x" + inputs.cols());
        }
        int batch = 1000;
        float[] out = new float[inputs.count() * config.outputSize()];
        for (int start = 0; start < inputs.count(); start += batch) {
            int n = Math.min(batch, inputs.count() - start);
            float[] chunk = java.util.Arrays.copyOfRange(inputs.pixels(), start * inputs.imageSize(), (start + n) * inputs.imageSize());
            System.arraycopy(restore(chunk, n), 0, out, start * config.outputSize(), n * config.outputSize());
        }
        return new ImageSet(out, inputs.count(), config.outputRows(), config.outputCols());
    }

    @Override
    public void close() {
        loaded.close();
    }
}
