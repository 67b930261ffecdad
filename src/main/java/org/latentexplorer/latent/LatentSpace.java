package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.latentexplorer.model.ImageCodec;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelStore;

/**
 * The one API the app calls to explore an image model: encode, decode, interpolate, sample, and
 * the planes the explorer draws. Takes and returns plain Java values; safe to call from any one
 * thread at a time per call (calls are serialized on the model).
 */
public final class LatentSpace implements AutoCloseable {
    private final ModelStore.LoadedModel<? extends ImageCodec> loaded;
    private final LatentPlane defaultPlane;

    private LatentSpace(ModelStore.LoadedModel<? extends ImageCodec> loaded) {
        this.loaded = loaded;
        int n = loaded.model().latentSize();
        if (n == 1) {
            defaultPlane = new LatentPlane("dimension 1", new float[1], new float[] {1}, new float[1]);
        } else if (n == 2 || loaded.latentMap().isEmpty()) {
            defaultPlane = LatentPlane.ofDimensions(new float[n], 0, 1);
        } else {
            defaultPlane = PrincipalPlane.of(loaded.latentMap().get());
        }
    }

    /**
     * Opens a model directory, an image VAE of ours or one imported from TorchScript; the exception names the file and
     * the problem when it is not usable.
     */
    public static LatentSpace open(Path modelDirectory) throws IOException {
        return new LatentSpace(ModelStore.loadImageCodec(modelDirectory));
    }

    public Path directory() {
        return loaded.directory();
    }

    public ModelCard card() {
        return loaded.card();
    }

    public String name() {
        return loaded.card().name();
    }

    public int latentSize() {
        return loaded.model().latentSize();
    }

    public int imageRows() {
        return loaded.card().imageRows();
    }

    public int imageCols() {
        return loaded.card().imageCols();
    }

    /** The network in words: "mlp 28x28 hidden [400] latent 2", or how an imported module is called. */
    public String describe() {
        ModelCard card = loaded.card();
        return card.torchscript() != null ? card.torchscript().describe() : card.architecture().describe();
    }

    public List<String> classNames() {
        ModelCard.Dataset dataset = loaded.card().dataset();
        return dataset == null || dataset.classNames() == null ? List.of() : dataset.classNames();
    }

    public Optional<LatentMap> latentMap() {
        return loaded.latentMap();
    }

    /** For a 2-D model its two axes; otherwise the leading principal plane of the latent map. */
    public LatentPlane defaultPlane() {
        return defaultPlane;
    }

    /** Pixel intensities in [0, 1], row-major, {@code imageRows() * imageCols()} of them. */
    public float[] decode(float[] z) {
        checkLatent(z);
        return loaded.model().decode(z, 1);
    }

    /** Decodes many points in one batch. */
    public float[][] decodeAll(float[][] zs) {
        for (float[] z : zs) {
            checkLatent(z);
        }
        return split(decodeMany(flatten(zs, latentSize()), zs.length), zs.length, imageRows() * imageCols());
    }

    /** Decodes {@code count} points laid out one after another; returns the images the same way. */
    public float[] decodeMany(float[] points, int count) {
        if (points.length != count * latentSize()) {
            throw new IllegalArgumentException(points.length + " values are not " + count + " points of " + latentSize());
        }
        return count == 0 ? new float[0] : loaded.model().decode(points, count);
    }

    /** Encoder means of {@code count} images laid out one after another; returns the points the same way. */
    public float[] encodeMany(float[] images, int count) {
        if (images.length != count * imageRows() * imageCols()) {
            throw new IllegalArgumentException(images.length + " values are not " + count + " images of "
                    + imageRows() + "x" + imageCols());
        }
        return count == 0 ? new float[0] : loaded.model().encodeMeans(images, count);
    }

    /** The encoder's mean for one image (pixels in [0, 1]). */
    public float[] encode(float[] image) {
        return encodeAll(new float[][] {image})[0];
    }

    public float[][] encodeAll(float[][] images) {
        int pixels = imageRows() * imageCols();
        for (float[] image : images) {
            if (image.length != pixels) {
                throw new IllegalArgumentException("image has " + image.length + " pixels, the model expects "
                        + pixels + " (" + imageRows() + "x" + imageCols() + ")");
            }
        }
        return split(encodeMany(flatten(images, pixels), images.length), images.length, latentSize());
    }

    /** A point drawn from the prior N(0, I). */
    public float[] samplePrior(Random random) {
        float[] z = new float[latentSize()];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) random.nextGaussian();
        }
        return z;
    }

    /** {@code frames} points evenly spaced on the straight line from {@code a} to {@code b}, both included. */
    public static float[][] interpolate(float[] a, float[] b, int frames) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("points differ in size: " + a.length + " and " + b.length);
        }
        if (frames < 2) {
            throw new IllegalArgumentException("need at least 2 frames, got " + frames);
        }
        float[][] path = new float[frames][a.length];
        for (int f = 0; f < frames; f++) {
            float t = f / (float) (frames - 1);
            for (int i = 0; i < a.length; i++) {
                path[f][i] = a[i] + t * (b[i] - a[i]);
            }
        }
        return path;
    }

    private void checkLatent(float[] z) {
        if (z.length != latentSize()) {
            throw new IllegalArgumentException("latent point has " + z.length + " values, the model's latent size is " + latentSize());
        }
    }

    private static float[] flatten(float[][] rows, int width) {
        float[] flat = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return flat;
    }

    private static float[][] split(float[] flat, int rows, int width) {
        float[][] out = new float[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = new float[width];
            System.arraycopy(flat, i * width, out[i], 0, width);
        }
        return out;
    }

    @Override
    public void close() {
        loaded.close();
    }
}
