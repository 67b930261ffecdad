package org.latentexplorer.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files (the MNIST container format), plain or gzipped. Only unsigned-byte payloads are
 * supported, which is what MNIST and Fashion-MNIST use. Every check failure names the file.
 */
public final class IdxReader {
    private static final int UNSIGNED_BYTE = 0x08;
    private static final int IMAGE_DIMENSIONS = 3;
    private static final int LABEL_DIMENSIONS = 1;

    private IdxReader() {
    }

    /** Images as values in [0, 1], one row of {@code rows * cols} floats per image. */
    public static ImageSet readImages(Path file) throws IOException {
        Idx idx = read(file, IMAGE_DIMENSIONS);
        int count = idx.dims[0];
        int rows = idx.dims[1];
        int cols = idx.dims[2];
        if (rows <= 0 || cols <= 0) {
            throw new IdxFormatException(file, "image size " + rows + "x" + cols + " is not positive");
        }
        float[] pixels = new float[count * rows * cols];
        ByteBuffer data = idx.data;
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (data.get() & 0xFF) / 255f;
        }
        return new ImageSet(pixels, count, rows, cols);
    }

    /** Labels as small non-negative ints. */
    public static int[] readLabels(Path file) throws IOException {
        Idx idx = read(file, LABEL_DIMENSIONS);
        int[] labels = new int[idx.dims[0]];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = idx.data.get() & 0xFF;
        }
        return labels;
    }

    private record Idx(int[] dims, ByteBuffer data) {
    }

    private static Idx read(Path file, int expectedDimensions) throws IOException {
        byte[] bytes = readAllBytes(file);
        if (bytes.length < 4) {
            throw new IdxFormatException(file, "too short for an IDX header (" + bytes.length + " bytes)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int magic = buffer.getInt();
        if ((magic >>> 16) != 0) {
            throw new IdxFormatException(file, String.format("bad magic number 0x%08X: not an IDX file", magic));
        }
        int type = (magic >>> 8) & 0xFF;
        int dimensions = magic & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new IdxFormatException(file, String.format("element type 0x%02X is not unsigned byte (0x08)", type));
        }
        if (dimensions != expectedDimensions) {
            throw new IdxFormatException(file, "has " + dimensions + " dimensions, expected " + expectedDimensions
                    + (expectedDimensions == IMAGE_DIMENSIONS ? " (count, rows, columns)" : " (count)"));
        }
        if (bytes.length < 4 + 4 * dimensions) {
            throw new IdxFormatException(file, "header is truncated");
        }
        int[] dims = new int[dimensions];
        long payload = 1;
        for (int d = 0; d < dimensions; d++) {
            dims[d] = buffer.getInt();
            if (dims[d] < 0) {
                throw new IdxFormatException(file, "dimension " + d + " is negative (" + dims[d] + ")");
            }
            payload *= dims[d];
        }
        long expectedLength = 4L + 4L * dimensions + payload;
        if (bytes.length != expectedLength) {
            throw new IdxFormatException(file, "length is " + bytes.length + " bytes but the header promises "
                    + expectedLength + (bytes.length < expectedLength ? " (file truncated)" : " (trailing bytes)"));
        }
        return new Idx(dims, buffer);
    }

    private static byte[] readAllBytes(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such IDX file");
        }
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] head = raw.readNBytes(2);
            boolean gzipped = head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
            if (!gzipped) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                all.write(head);
                raw.transferTo(all);
                return all.toByteArray();
            }
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IdxFormatException(file, "gzip data is corrupt or truncated (" + e.getMessage() + ")");
        }
    }
}
