package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;

/** A 2-D VAE as an {@link ImageMap}: encoder means and the decoder. */
public final class VaeMap implements ImageMap {
    private final LatentSpace space;

    private VaeMap(LatentSpace space) {
        this.space = space;
    }

    public static VaeMap open(Path directory) throws IOException {
        LatentSpace space = LatentSpace.open(directory);
        if (space.latentSize() != 2) {
            space.close();
            throw new IOException(directory + ": a 2-D map needs a 2-D VAE, this one has " + space.latentSize() + " dimensions");
        }
        return new VaeMap(space);
    }

    @Override
    public String title() {
        return "VAE";
    }

    @Override
    public String modelName() {
        return space.name();
    }

    @Override
    public float[] encode(float[] images, int count) {
        return space.encodeMany(images, count);
    }

    @Override
    public float[] decode(float[] points, int count) {
        return space.decodeMany(points, count);
    }

    @Override
    public void close() {
        space.close();
    }
}
