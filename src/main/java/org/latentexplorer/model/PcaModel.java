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
import java.util.SplittableRandom;
import org.latentexplorer.data.ImageSet;

/**
 * Principal component analysis of images, in plain Java: the mean image, the leading {@code k} principal axes
 * (orthonormal, by decreasing explained variance) and the variance along each. {@link #transform} projects
 * images to k-D codes, {@link #inverse} maps codes back to images clamped to [0, 1].
 *
 * <p>{@link #fit} accumulates the pixel covariance in one pass (rank-one updates of the upper triangle that
 * skip zero pixels, in double precision), then finds the leading axes by subspace iteration with
 * Rayleigh-Ritz: a block of {@code 2k + 8} vectors is multiplied by the covariance and re-orthonormalized
 * (Gram-Schmidt, twice) until every wanted Ritz pair's residual {@code |C u - theta u|} falls below
 * {@code 1e-9} of the largest eigenvalue; the small projected matrix is diagonalized by cyclic Jacobi.
 */
public final class PcaModel {
    public static final String FILE = "pca.bin";
    private static final int MAGIC = 0x50434131; // "PCA1"
    private static final int VERSION = 1;
    private static final int MAX_ITERATIONS = 5000;
    private static final double RESIDUAL_TOLERANCE = 1e-9;

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
        if (!Files.isRegularFile(file)) {
            throw new ModelFormatException(file, "missing: a PCA model directory needs " + FILE);
        }
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

    /** The {@code k} largest eigenpairs of the symmetric {@code d x d} matrix {@code c}, by subspace iteration. */
    static Eigen leadingEigenvectors(double[] c, int d, int k) {
        int block = Math.min(d, 2 * k + 8);
        SplittableRandom random = new SplittableRandom(0x5EED);
        double[][] q = new double[block][d];
        for (double[] v : q) {
            for (int j = 0; j < d; j++) {
                v[j] = random.nextGaussian();
            }
        }
        orthonormalize(q);
        Ritz ritz = null;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] cq = multiply(c, d, q);
            ritz = rayleighRitz(q, cq);
            if (converged(ritz, cq, k)) {
                break;
            }
            q = cq;
            orthonormalize(q);
        }
        double[][] vectors = new double[k][];
        for (int i = 0; i < k; i++) {
            vectors[i] = ritz.vectors[i];
            orientByLargestEntry(vectors[i]);
        }
        return new Eigen(Arrays.copyOf(ritz.values, k), vectors);
    }

    private static double[][] multiply(double[] c, int d, double[][] vectors) {
        double[][] product = new double[vectors.length][d];
        for (int i = 0; i < d; i++) {
            int row = i * d;
            for (int v = 0; v < vectors.length; v++) {
                double[] x = vectors[v];
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += c[row + j] * x[j];
                }
                product[v][i] = dot;
            }
        }
        return product;
    }

    /** Ritz values (decreasing), each Ritz vector's coefficients in the basis, and the vectors themselves. */
    private record Ritz(double[] values, double[][] coefficients, double[][] vectors) {
    }

    /** The Ritz pairs of the span of the orthonormal rows {@code q}, given {@code cq = C q}. */
    private static Ritz rayleighRitz(double[][] q, double[][] cq) {
        int p = q.length;
        double[][] h = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                double v = 0.5 * (dot(q[a], cq[b]) + dot(q[b], cq[a]));
                h[a][b] = v;
                h[b][a] = v;
            }
        }
        Eigen small = jacobi(h);
        return new Ritz(small.values, small.vectors, combine(small.vectors, q));
    }

    /** Whether each of the first {@code k} Ritz pairs has {@code |C u - theta u|} below the tolerance. */
    private static boolean converged(Ritz ritz, double[][] cq, int k) {
        double[][] cu = combine(Arrays.copyOf(ritz.coefficients, k), cq);
        double scale = Math.max(Math.abs(ritz.values[0]), Double.MIN_NORMAL);
        for (int i = 0; i < k; i++) {
            double residual = 0;
            for (int j = 0; j < cu[i].length; j++) {
                double r = cu[i][j] - ritz.values[i] * ritz.vectors[i][j];
                residual += r * r;
            }
            if (Math.sqrt(residual) > RESIDUAL_TOLERANCE * scale) {
                return false;
            }
        }
        return true;
    }

    /** Rows {@code sum_a coefficients[i][a] * basis[a]}. */
    private static double[][] combine(double[][] coefficients, double[][] basis) {
        int d = basis[0].length;
        double[][] rows = new double[coefficients.length][d];
        for (int i = 0; i < coefficients.length; i++) {
            for (int a = 0; a < basis.length; a++) {
                double w = coefficients[i][a];
                double[] b = basis[a];
                double[] row = rows[i];
                for (int j = 0; j < d; j++) {
                    row[j] += w * b[j];
                }
            }
        }
        return rows;
    }

    /**
     * Modified Gram-Schmidt, twice, over the rows. A row that lies in the span of the rows before it is
     * replaced by the first unit vector that does not.
     */
    private static void orthonormalize(double[][] rows) {
        int d = rows[0].length;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < rows.length; i++) {
                int replacement = 0;
                while (!orthogonalizeAgainstEarlier(rows, i)) {
                    Arrays.fill(rows[i], 0);
                    rows[i][replacement++ % d] = 1;
                }
            }
        }
    }

    /** Makes row {@code i} a unit vector orthogonal to the rows before it; false if nothing was left of it. */
    private static boolean orthogonalizeAgainstEarlier(double[][] rows, int i) {
        double[] row = rows[i];
        double before = Math.sqrt(dot(row, row));
        for (int j = 0; j < i; j++) {
            double projection = dot(row, rows[j]);
            for (int x = 0; x < row.length; x++) {
                row[x] -= projection * rows[j][x];
            }
        }
        double norm = Math.sqrt(dot(row, row));
        if (!(norm > 1e-12 * before)) {
            return false;
        }
        for (int x = 0; x < row.length; x++) {
            row[x] /= norm;
        }
        return true;
    }

    /** Eigenpairs of a small symmetric matrix by cyclic Jacobi rotations; values decreasing, vectors as rows. */
    static Eigen jacobi(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diagonal = 0;
            for (int i = 0; i < n; i++) {
                diagonal += a[i][i] * a[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off <= 1e-30 * diagonal || off == 0) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int r = p + 1; r < n; r++) {
                    if (a[p][r] != 0) {
                        rotate(a, v, p, r);
                    }
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int i = 0; i < n; i++) {
            values[i] = a[order[i]][order[i]];
            for (int row = 0; row < n; row++) {
                vectors[i][row] = v[row][order[i]];
            }
        }
        return new Eigen(values, vectors);
    }

    /** {@code a = J^T a J} and {@code v = v J} for the rotation in the {@code (p, q)} plane that zeroes {@code a[p][q]}. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double kp = a[k][p];
            double kq = a[k][q];
            a[k][p] = c * kp - s * kq;
            a[k][q] = s * kp + c * kq;
        }
        for (int k = 0; k < n; k++) {
            double pk = a[p][k];
            double qk = a[q][k];
            a[p][k] = c * pk - s * qk;
            a[q][k] = s * pk + c * qk;
        }
        for (int k = 0; k < n; k++) {
            double kp = v[k][p];
            double kq = v[k][q];
            v[k][p] = c * kp - s * kq;
            v[k][q] = s * kp + c * kq;
        }
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

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += x[j] * y[j];
        }
        return sum;
    }
}
