package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelStore;

/** Opens a model folder as an {@link ImageMap}, whatever kind of 2-D map it holds. */
public final class ImageMaps {
    private ImageMaps() {
    }

    public static ImageMap open(Path directory) throws IOException {
        ModelCard card = ModelStore.readCard(directory);
        return switch (card.kind()) {
            case IMAGE_VAE, IMPORTED_TORCHSCRIPT -> VaeMap.open(directory);
            case AUTOENCODER -> AutoencoderMap.open(directory);
            case PCA -> PcaMap.open(directory);
            default -> throw new IOException(directory + ": a " + card.kind() + " model is not a 2-D map of images");
        };
    }
}
