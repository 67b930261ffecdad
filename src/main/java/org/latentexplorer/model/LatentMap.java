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

/**
 * Encoder means of a held-out set with their labels ({@code latent-map.bin}), so the explorer can draw
 * where the data lives without the data set. Format: "LMAP", version, count, dims (big-endian ints),
 * then count x dims floats, then count labels (one byte each).
 */
public record LatentMap(float[] means, int[] labels, int dimensions) {
    private static final int MAGIC = 0x4C4D4150; // "LMAP"
    private static final int VERSION = 1;

    public LatentMap {
        if (means.length != labels.length * dimensions) {
            throw new IllegalArgumentException(means.length + " means do not fit " + labels.length + " points x " + dimensions + " dims");
        }
    }

    public int count() {
        return labels.length;
    }

    public float coordinate(int point, int dimension) {
        return means[point * dimensions + dimension];
    }

    public void write(Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(count());
            out.writeInt(dimensions);
            for (float m : means) {
                out.writeFloat(m);
            }
            for (int label : labels) {
                out.writeByte(label);
            }
        }
    }

    public static LatentMap read(Path file, int expectedDimensions) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                throw new ModelFormatException(file, "not a latent map (bad magic number)");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new ModelFormatException(file, "latent map version " + version + " is not supported (expected " + VERSION + ")");
            }
            int count = in.readInt();
            int dims = in.readInt();
            if (dims != expectedDimensions || count < 0 || count > 10_000_000) {
                throw new ModelFormatException(file, "holds " + count + " points of " + dims
                        + " dimensions but the model's latent size is " + expectedDimensions);
            }
            float[] means = new float[count * dims];
            for (int i = 0; i < means.length; i++) {
                means[i] = in.readFloat();
            }
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = in.readUnsignedByte();
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
