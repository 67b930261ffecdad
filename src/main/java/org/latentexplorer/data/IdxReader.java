package org.latentexplorer.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (the MNIST container format), plain or gzipped. Only unsigned-byte payloads are
 * supported, which is what MNIST and Fashion-MNIST use. Every check failure names the file.
 */
public final class IdxReader {
    private static final int UNSIGNED_BYTE = 0x08;
    private static final int IMAGE_DIMENSIONS = 3;
    private static final int LABEL_DIMENSIONS = 1;
    public static final int MAX_COUNT = 1_000_000;
    public static final int MAX_SIDE = 1024;
    public static final long MAX_PAYLOAD_BYTES = 256L * 1024 * 1024;

    private IdxReader() {
    }

    /** Images as values in [0, 1], one row of {@code rows * cols} floats per image. */
    public static ImageSet readImages(Path file) throws IOException {
        return readImages(file, 0, 0);
    }

    /** As {@link #readImages(Path)}, refusing images of another size than {@code expectedRows x expectedCols}. */
    public static ImageSet readImages(Path file, int expectedRows, int expectedCols) throws IOException {
        Idx idx = read(file, IMAGE_DIMENSIONS, expectedRows, expectedCols);
        int count = idx.dims[0];
        int rows = idx.dims[1];
        int cols = idx.dims[2];
        float[] pixels = new float[count * rows * cols];
        ByteBuffer data = idx.data;
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (data.get() & 0xFF) / 255f;
        }
        return new ImageSet(pixels, count, rows, cols);
    }

    /** Labels as small non-negative ints. */
    public static int[] readLabels(Path file) throws IOException {
        Idx idx = read(file, LABEL_DIMENSIONS, 0, 0);
        int[] labels = new int[idx.dims[0]];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = idx.data.get() & 0xFF;
        }
        return labels;
    }

    private record Idx(int[] dims, ByteBuffer data) {
    }

    /**
     * Header first, checked against the limits and (for a plain file) against the file's length, so a
     * lying header allocates nothing; then at most the declared payload is read or inflated.
     */
    private static Idx read(Path file, int expectedDimensions, int expectedRows, int expectedCols) throws IOException {
        InputFiles.requireFile(file, "no such IDX file");
        boolean gzipped = isGzip(file);
        try (InputStream in = new BufferedInputStream(gzipped ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file))) {
            byte[] head = in.readNBytes(4);
            if (head.length < 4) {
                throw new IdxFormatException(file, "too short for an IDX header (" + head.length + " bytes)");
            }
            int magic = ByteBuffer.wrap(head).getInt();
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
            byte[] sizes = in.readNBytes(4 * dimensions);
            if (sizes.length < 4 * dimensions) {
                throw new IdxFormatException(file, "header is truncated");
            }
            int[] dims = new int[dimensions];
            long payload = 1;
            for (int d = 0; d < dimensions; d++) {
                dims[d] = ByteBuffer.wrap(sizes).getInt(4 * d);
                if (dims[d] < 0) {
                    throw new IdxFormatException(file, "dimension " + d + " is negative (" + dims[d] + ")");
                }
                payload *= dims[d];
            }
            if (dimensions == IMAGE_DIMENSIONS) {
                checkImageSize(file, dims[1], dims[2], expectedRows, expectedCols);
            }
            long headerLength = 4L + 4L * dimensions;
            if (!gzipped) {
                checkLength(file, dims, payload, Files.size(file) - headerLength, "");
            }
            checkLimits(file, dims, payload);
            byte[] data = in.readNBytes((int) payload);
            boolean trailing = data.length == payload && in.read() != -1;
            checkLength(file, dims, payload, trailing ? payload + 1 : data.length, gzipped ? " once unpacked" : "");
            return new Idx(dims, ByteBuffer.wrap(data));
        } catch (EOFException | ZipException e) {
            throw new IdxFormatException(file, "gzip data is corrupt or truncated (" + e.getMessage() + ")");
        }
    }

    private static void checkImageSize(Path file, int rows, int cols, int expectedRows, int expectedCols) throws IdxFormatException {
        if (rows <= 0 || cols <= 0) {
            throw new IdxFormatException(file, "image size " + rows + "x" + cols + " is not positive");
        }
        if (expectedRows > 0 && (rows != expectedRows || cols != expectedCols)) {
            throw new IdxFormatException(file, "images are " + rows + "x" + cols + ", expected " + expectedRows + "x" + expectedCols);
        }
    }

    private static void checkLength(Path file, int[] dims, long payload, long held, String how) throws IdxFormatException {
        if (held != payload) {
            String amount = held > payload && !how.isEmpty() ? "more than " + payload : Long.toString(held);
            throw new IdxFormatException(file, "declares " + declared(dims) + " but holds " + amount + " bytes" + how
                    + (held < payload ? " (file truncated)" : " (trailing bytes)"));
        }
    }

    private static void checkLimits(Path file, int[] dims, long payload) throws IdxFormatException {
        if (dims[0] > MAX_COUNT) {
            throw new IdxFormatException(file, "declares " + declared(dims) + ", more than the " + MAX_COUNT + " read from one file");
        }
        if (dims.length == IMAGE_DIMENSIONS && (dims[1] > MAX_SIDE || dims[2] > MAX_SIDE)) {
            throw new IdxFormatException(file, "declares images of " + dims[1] + "x" + dims[2] + ", larger than the "
                    + MAX_SIDE + "x" + MAX_SIDE + " this program reads");
        }
        if (payload > MAX_PAYLOAD_BYTES) {
            throw new IdxFormatException(file, "declares " + declared(dims) + " (" + payload / (1024 * 1024) + " MB), more than the "
                    + MAX_PAYLOAD_BYTES / (1024 * 1024) + " MB read from one file");
        }
    }

    private static String declared(int[] dims) {
        return dims.length == IMAGE_DIMENSIONS ? dims[0] + " images of " + dims[1] + "x" + dims[2] : dims[0] + " labels";
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] head = raw.readNBytes(2);
            return head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
        }
    }
}
