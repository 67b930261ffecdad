package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;
import org.latentexplorer.model.AutoencoderConfig;
import org.latentexplorer.model.ImageAutoencoder;
import org.latentexplorer.model.ModelStore;

/** A plain autoencoder with a 2-D bottleneck as an {@link ImageMap}: its codes and its decoder. */
public final class AutoencoderMap implements ImageMap {
    private final ModelStore.LoadedModel<ImageAutoencoder> loaded;

    private AutoencoderMap(ModelStore.LoadedModel<ImageAutoencoder> loaded) {
        this.loaded = loaded;
    }

    public static AutoencoderMap open(Path directory) throws IOException {
        ModelStore.LoadedModel<ImageAutoencoder> loaded = ModelStore.loadAutoencoder(directory);
        AutoencoderConfig config = loaded.model().config();
        if (config.role() != AutoencoderConfig.Role.PLAIN || config.bottleneck() != 2) {
            loaded.close();
            throw new IOException(directory + ": a 2-D map needs a plain autoencoder with a 2-D bottleneck, this is a "
                    + config.describe());
        }
        return new AutoencoderMap(loaded);
    }

    @Override
    public String title() {
        return "Autoencoder";
    }

    @Override
    public String modelName() {
        return loaded.card().name();
    }

    @Override
    public float[] encode(float[] images, int count) {
        return loaded.model().encode(images, count);
    }

    @Override
    public float[] decode(float[] points, int count) {
        return loaded.model().decode(points, count);
    }

    @Override
    public void close() {
        loaded.close();
    }
}
