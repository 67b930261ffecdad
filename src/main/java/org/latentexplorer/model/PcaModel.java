package org.latentexplorer.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.latentexplorer.data.ImageSet;

/**
 * Principal component analysis of images: the mean image, the leading {@code k} principal axes (orthonormal, by
 * decreasing explained variance) and the variance along each. {@link #transform} projects images to k-D codes,
 * {@link #inverse} maps codes back to images clamped to [0, 1].
 *
 * <p>{@link #fit} accumulates the pixel covariance in one pass (rank-one updates of the upper triangle that
 * skip zero pixels, in double precision), then takes its leading eigenvectors from EJML's symmetric eigen
 * decomposition.
 */
public final class PcaModel {
    public static final String FILE = "pca.bin";
    private static final int MAGIC = 0x50434131; // "PCA1"
    private static final int VERSION = 1;

    private final PcaConfig config;
    private final float[] mean;
    private final float[] components;
    private final double[] explainedVariance;
    private final double totalVariance;

    private PcaModel(PcaConfig config, float[] mean, float[] components, double[] explainedVariance, double totalVariance) {
        this.config = config;
        this.mean = mean;
        this.components = components;
        this.explainedVariance = explainedVariance;
        this.totalVariance = totalVariance;
    }

    /** The leading {@code components} principal axes of {@code set}. */
    public static PcaModel fit(ImageSet set, int components) {
        PcaConfig config = new PcaConfig(set.rows(), set.cols(), components);
        if (set.count() < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 images, got " + set.count());
        }
        int d = set.imageSize();
        double[] mean = new double[d];
        double[] covariance = covariance(set, mean);
        double total = 0;
        for (int i = 0; i < d; i++) {
            total += covariance[i * d + i];
        }
        Eigen leading = leadingEigenvectors(covariance, d, components);
        float[] axes = new float[components * d];
        for (int c = 0; c < components; c++) {
            for (int j = 0; j < d; j++) {
                axes[c * d + j] = (float) leading.vectors[c][j];
            }
        }
        float[] meanImage = new float[d];
        for (int j = 0; j < d; j++) {
            meanImage[j] = (float) mean[j];
        }
        return new PcaModel(config, meanImage, axes, Arrays.copyOf(leading.values, components), total);
    }

    public PcaConfig config() {
        return config;
    }

    public int componentCount() {
        return config.components();
    }

    public float[] mean() {
        return mean.clone();
    }

    /** The axes, {@code k} rows of one value per pixel, strongest first. */
    public float[] components() {
        return components.clone();
    }

    public float[] component(int index) {
        int d = config.imageSize();
        return Arrays.copyOfRange(components, index * d, (index + 1) * d);
    }

    /** The variance of the training images along each axis. */
    public double[] explainedVariance() {
        return explainedVariance.clone();
    }

    /** The summed variance of every pixel of the training images. */
    public double totalVariance() {
        return totalVariance;
    }

    /** The share of the total variance the {@code k} axes explain together. */
    public double explainedVarianceRatio() {
        double sum = 0;
        for (double v : explainedVariance) {
            sum += v;
        }
        return totalVariance > 0 ? sum / totalVariance : 1;
    }

    /** {@code k}-D codes of {@code count} images: their offsets from the mean projected onto the axes. */
    public float[] transform(float[] images, int count) {
        int d = config.imageSize();
        int k = componentCount();
        checkLength(images, count, d, "images");
        float[] codes = new float[count * k];
        float[] centred = new float[d];
        for (int image = 0; image < count; image++) {
            for (int j = 0; j < d; j++) {
                centred[j] = images[image * d + j] - mean[j];
            }
            for (int c = 0; c < k; c++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += centred[j] * components[c * d + j];
                }
                codes[image * k + c] = (float) dot;
            }
        }
        return codes;
    }

    /** Images for {@code count} codes: the mean plus the codes along the axes, clamped to [0, 1]. */
    public float[] inverse(float[] codes, int count) {
        int d = config.imageSize();
        int k = componentCount();
        checkLength(codes, count, k, "codes");
        float[] images = new float[count * d];
        for (int image = 0; image < count; image++) {
            int row = image * d;
            System.arraycopy(mean, 0, images, row, d);
            for (int c = 0; c < k; c++) {
                float code = codes[image * k + c];
                for (int j = 0; j < d; j++) {
                    images[row + j] += code * components[c * d + j];
                }
            }
            for (int j = row; j < row + d; j++) {
                images[j] = Math.min(1f, Math.max(0f, images[j]));
            }
        }
        return images;
    }

    /** How well {@code set}'s images come back through {@code k} codes. */
    public Reconstruction evaluate(ImageSet set) {
        float[] back = inverse(transform(set.pixels(), set.count()), set.count());
        return Reconstruction.of(back, set.pixels(), set.imageSize());
    }

    /** Format: "PCA1", version, rows, cols, k (big-endian ints), total variance, k variances (doubles), mean, k axes (floats). */
    public void write(Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(config.imageRows());
            out.writeInt(config.imageCols());
            out.writeInt(config.components());
            out.writeDouble(totalVariance);
            for (double v : explainedVariance) {
                out.writeDouble(v);
            }
            for (float m : mean) {
                out.writeFloat(m);
            }
            for (float c : components) {
                out.writeFloat(c);
            }
        }
    }

    /** Reads {@code file}; it must hold the sizes {@code expected} (from model.json). */
    public static PcaModel read(Path file, PcaConfig expected) throws IOException {
        ModelStore.requireModelFile(file, "missing: a PCA model directory needs " + FILE);
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                throw new ModelFormatException(file, "not a PCA file (bad magic number)");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new ModelFormatException(file, "PCA file version " + version + " is not supported (expected " + VERSION + ")");
            }
            PcaConfig found = new PcaConfig(in.readInt(), in.readInt(), in.readInt());
            if (!found.equals(expected)) {
                throw new ModelFormatException(file, "holds " + found.describe() + " but model.json says " + expected.describe());
            }
            int d = found.imageSize();
            int k = found.components();
            double total = in.readDouble();
            double[] variance = new double[k];
            for (int c = 0; c < k; c++) {
                variance[c] = in.readDouble();
            }
            float[] mean = readFloats(in, d);
            float[] axes = readFloats(in, k * d);
            if (in.read() != -1) {
                throw new ModelFormatException(file, "has trailing bytes after " + k + " components");
            }
            return new PcaModel(found, mean, axes, variance, total);
        } catch (EOFException e) {
            throw new ModelFormatException(file, "is truncated", e);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(file, "has impossible sizes: " + e.getMessage(), e);
        }
    }

    private static float[] readFloats(DataInputStream in, int count) throws IOException {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    private static void checkLength(float[] values, int count, int width, String what) {
        if (values.length != (long) count * width) {
            throw new IllegalArgumentException(values.length + " numbers are not " + count + " " + what + " of " + width);
        }
    }

    /**
     * The sample covariance of the pixels ({@code d x d}, row-major, both triangles) and the mean into
     * {@code mean}. Accumulates {@code X^T X} from the non-zero pixels of each image, then subtracts
     * {@code n mean mean^T}.
     */
    static double[] covariance(ImageSet set, double[] mean) {
        int d = set.imageSize();
        int n = set.count();
        float[] pixels = set.pixels();
        double[] gram = new double[d * d];
        double[] image = new double[d];
        int[] nonZero = new int[d];
        for (int i = 0; i < n; i++) {
            int lit = 0;
            for (int j = 0; j < d; j++) {
                double v = pixels[i * d + j];
                image[j] = v;
                mean[j] += v;
                if (v != 0) {
                    nonZero[lit++] = j;
                }
            }
            for (int a = 0; a < lit; a++) {
                int row = nonZero[a];
                addScaled(gram, row * d, image, row, d, image[row]);
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (int r = 0; r < d; r++) {
            for (int c = r; c < d; c++) {
                double v = (gram[r * d + c] - n * mean[r] * mean[c]) / (n - 1);
                gram[r * d + c] = v;
                gram[c * d + r] = v;
            }
        }
        return gram;
    }

    /** {@code target[offset + j] += scale * source[j]} for {@code j} in {@code [from, to)}: a loop the JIT vectorizes. */
    private static void addScaled(double[] target, int offset, double[] source, int from, int to, double scale) {
        for (int j = from; j < to; j++) {
            target[offset + j] += scale * source[j];
        }
    }

    /** Eigenvalues (decreasing) and unit eigenvectors (one per row). */
    record Eigen(double[] values, double[][] vectors) {
    }

    /**
     * The {@code k} largest eigenpairs of the symmetric {@code d x d} matrix {@code c} (row-major; not modified), by
     * EJML's symmetric QR algorithm. Each vector is signed so that its largest entry is positive, which keeps refits
     * and saved models comparable.
     */
    static Eigen leadingEigenvectors(double[] c, int d, int k) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eig.decompose(DMatrixRMaj.wrap(d, d, c.clone()))) {
            throw new IllegalStateException("the eigen decomposition of the " + d + "x" + d + " pixel covariance did not converge");
        }
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(eig.getEigenvalue(y).real, eig.getEigenvalue(x).real));
        double[] values = new double[k];
        double[][] vectors = new double[k][];
        for (int i = 0; i < k; i++) {
            values[i] = eig.getEigenvalue(order[i]).real;
            vectors[i] = eig.getEigenVector(order[i]).data.clone();
            orientByLargestEntry(vectors[i]);
        }
        return new Eigen(values, vectors);
    }

    private static void orientByLargestEntry(double[] vector) {
        int largest = 0;
        for (int j = 1; j < vector.length; j++) {
            if (Math.abs(vector[j]) > Math.abs(vector[largest])) {
                largest = j;
            }
        }
        if (vector[largest] < 0) {
            for (int j = 0; j < vector.length; j++) {
                vector[j] = -vector[j];
            }
        }
    }
}
