package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;
import org.latentexplorer.model.DigitClassifier;
import org.latentexplorer.model.ModelStore;

/** The project's MNIST classifier: which digit an image looks like, and how sure it is. */
public final class DigitReader implements AutoCloseable {
    public static final String SHIPPED = "mnist-classifier";
    private final ModelStore.LoadedModel<DigitClassifier> loaded;

    private DigitReader(ModelStore.LoadedModel<DigitClassifier> loaded) {
        this.loaded = loaded;
    }

    public static DigitReader open(Path directory) throws IOException {
        return new DigitReader(ModelStore.loadClassifier(directory));
    }

    /** The classifier's own test accuracy, from its model card (NaN when the card lacks it). */
    public double testAccuracy() {
        var extra = loaded.card().metrics() == null ? null : loaded.card().metrics().extra();
        Double accuracy = extra == null ? null : extra.get("testAccuracy");
        return accuracy == null ? Double.NaN : accuracy;
    }

    public String modelName() {
        return loaded.card().name();
    }

    public float[] probabilities(float[] images, int count) {
        return loaded.model().probabilities(images, count);
    }

    @Override
    public void close() {
        loaded.close();
    }
}
