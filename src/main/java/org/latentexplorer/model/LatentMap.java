package org.latentexplorer.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.data.InputFiles;

/**
 * Encoder means of a held-out set with their labels ({@code latent-map.bin}), so the explorer can draw
 * where the data lives without the data set. Format: "LMAP", version, count, dims (big-endian ints),
 * then count x dims floats, then count labels: one byte each in version 1, a big-endian int each in version 2, which is
 * written only where a label does not fit a byte (the melody maps of corpora with more than 256 songs).
 */
public record LatentMap(float[] means, int[] labels, int dimensions) {
    private static final int MAGIC = 0x4C4D4150; // "LMAP"
    private static final int BYTE_LABELS = 1;
    private static final int INT_LABELS = 2;
    private static final int HEADER_BYTES = 16;
    /** Far more than any held-out set (MNIST's has 10,000); a larger claim is a broken file. */
    public static final int MAX_POINTS = 1_000_000;
    private static final long MAX_VALUES = 64L * 1024 * 1024;

    public LatentMap {
        if (means.length != labels.length * dimensions) {
            throw new IllegalArgumentException(means.length + " means do not fit " + labels.length + " points x " + dimensions + " dims");
        }
    }

    private boolean byteLabels() {
        for (int label : labels) {
            if (label < 0 || label > 255) {
                return false;
            }
        }
        return true;
    }

    public int count() {
        return labels.length;
    }

    public float coordinate(int point, int dimension) {
        return means[point * dimensions + dimension];
    }

    /** Writes the map to a temporary file beside {@code file} and moves it into place. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            int version = byteLabels() ? BYTE_LABELS : INT_LABELS;
            out.writeInt(MAGIC);
            out.writeInt(version);
            out.writeInt(count());
            out.writeInt(dimensions);
            for (float m : means) {
                out.writeFloat(m);
            }
            for (int label : labels) {
                if (version == BYTE_LABELS) {
                    out.writeByte(label);
                } else {
                    out.writeInt(label);
                }
            }
            out.flush();
        });
    }

    /** The map in {@code file}; its declared size is checked against the limits and the file's length before anything is allocated. */
    public static LatentMap read(Path file, int expectedDimensions) throws IOException {
        InputFiles.requireFile(file, "no such latent map");
        long length = Files.size(file);
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                throw new ModelFormatException(file, "not a latent map (bad magic number)");
            }
            int version = in.readInt();
            if (version != BYTE_LABELS && version != INT_LABELS) {
                throw new ModelFormatException(file, "latent map version " + version + " is not supported (expected "
                        + BYTE_LABELS + " or " + INT_LABELS + ")");
            }
            int labelBytes = version == BYTE_LABELS ? 1 : Integer.BYTES;
            int count = in.readInt();
            int dims = in.readInt();
            if (dims != expectedDimensions) {
                throw new ModelFormatException(file, "holds points of " + dims + " dimensions but the model's latent size is " + expectedDimensions);
            }
            if (count < 0 || count > MAX_POINTS || (long) count * dims > MAX_VALUES) {
                throw new ModelFormatException(file, "claims " + count + " points of " + dims + " dimensions; a latent map holds 0 to "
                        + Math.min(MAX_POINTS, MAX_VALUES / Math.max(1, dims)));
            }
            long expectedLength = HEADER_BYTES + (long) count * dims * Float.BYTES + (long) count * labelBytes;
            if (length != expectedLength) {
                throw new ModelFormatException(file, "claims " + count + " points of " + dims + " dimensions (" + expectedLength
                        + " bytes) but is " + length + " bytes long" + (length < expectedLength ? " (truncated)" : " (trailing bytes)"));
            }
            float[] means = new float[count * dims];
            for (int i = 0; i < means.length; i++) {
                means[i] = in.readFloat();
            }
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = labelBytes == 1 ? in.readUnsignedByte() : in.readInt();
                if (labels[i] < 0) {
                    throw new ModelFormatException(file, "point " + i + " has the negative label " + labels[i]);
                }
            }
            if (in.read() != -1) {
                throw new ModelFormatException(file, "has trailing bytes after " + count + " points");
            }
            return new LatentMap(means, labels, dims);
        } catch (EOFException e) {
            throw new ModelFormatException(file, "is truncated", e);
        }
    }
}
