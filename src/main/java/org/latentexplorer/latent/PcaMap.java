package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.PcaModel;

/** The first two principal components as an {@link ImageMap}: projection and inverse transform. */
public final class PcaMap implements ImageMap {
    private final ModelStore.LoadedModel<PcaModel> loaded;

    private PcaMap(ModelStore.LoadedModel<PcaModel> loaded) {
        this.loaded = loaded;
    }

    public static PcaMap open(Path directory) throws IOException {
        ModelStore.LoadedModel<PcaModel> loaded = ModelStore.loadPca(directory);
        if (loaded.model().componentCount() != 2) {
            throw new IOException(directory + ": a 2-D map needs 2 principal components, this PCA has " + loaded.model().componentCount());
        }
        return new PcaMap(loaded);
    }

    @Override
    public String title() {
        return "PCA";
    }

    @Override
    public String modelName() {
        return loaded.card().name();
    }

    @Override
    public float[] encode(float[] images, int count) {
        return loaded.model().transform(images, count);
    }

    @Override
    public float[] decode(float[] points, int count) {
        return loaded.model().inverse(points, count);
    }

    @Override
    public void close() {
        loaded.close();
    }
}
