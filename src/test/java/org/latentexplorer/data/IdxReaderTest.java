package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    private static byte[] idxImages(int count, int rows, int cols) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + count * rows * cols);
        buffer.putInt(0x00000803).putInt(count).putInt(rows).putInt(cols);
        for (int i = 0; i < count * rows * cols; i++) {
            buffer.put((byte) (i * 37));
        }
        return buffer.array();
    }

    private static byte[] idxLabels(int... labels) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + labels.length);
        buffer.putInt(0x00000801).putInt(labels.length);
        for (int label : labels) {
            buffer.put((byte) label);
        }
        return buffer.array();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path writeGzip(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
        return file;
    }

    @Test
    void readsPlainImagesScaledToUnitRange() throws IOException {
        ImageSet set = IdxReader.readImages(write("images", idxImages(3, 2, 4)));
        assertEquals(3, set.count());
        assertEquals(2, set.rows());
        assertEquals(4, set.cols());
        assertEquals(((5 * 37) & 0xFF) / 255f, set.pixels()[5], 1e-7);
        assertEquals(((9 * 37) & 0xFF) / 255f, set.image(1)[1], 1e-7);
    }

    @Test
    void gzippedAndPlainFilesGiveTheSameImages() throws IOException {
        byte[] bytes = idxImages(5, 3, 3);
        ImageSet plain = IdxReader.readImages(write("plain", bytes));
        ImageSet gzipped = IdxReader.readImages(writeGzip("packed.gz", bytes));
        assertArrayEquals(plain.pixels(), gzipped.pixels());
    }

    @Test
    void readsLabels() throws IOException {
        assertArrayEquals(new int[] {7, 0, 9, 255}, IdxReader.readLabels(write("labels", idxLabels(7, 0, 9, 255))));
    }

    @Test
    void truncatedFileIsReportedWithItsName() throws IOException {
        byte[] bytes = idxImages(4, 28, 28);
        Path file = write("short-images", Arrays.copyOf(bytes, bytes.length - 100));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains("short-images"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void trailingBytesAreRejected() throws IOException {
        byte[] bytes = Arrays.copyOf(idxLabels(1, 2, 3), 12);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(write("long-labels", bytes)));
        assertTrue(e.getMessage().contains("trailing bytes"), e.getMessage());
    }

    @Test
    void badMagicNumberIsRejected() throws IOException {
        byte[] bytes = idxImages(1, 2, 2);
        bytes[0] = 0x7F;
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(write("not-idx", bytes)));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void labelFileGivenAsImagesNamesTheDimensionProblem() throws IOException {
        Path labels = write("labels-not-images", idxLabels(1, 2));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(labels));
        assertTrue(e.getMessage().contains("1 dimensions, expected 3"), e.getMessage());
    }

    @Test
    void nonByteElementTypeIsRejected() throws IOException {
        byte[] bytes = idxLabels(1, 2);
        bytes[2] = 0x0D;
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(write("floats", bytes)));
        assertTrue(e.getMessage().contains("0x0D"), e.getMessage());
    }

    @Test
    void corruptGzipIsReported() throws IOException {
        Path packed = writeGzip("broken.gz", idxImages(10, 28, 28));
        byte[] bytes = Files.readAllBytes(packed);
        Files.write(packed, Arrays.copyOf(bytes, bytes.length / 2));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(packed));
        assertTrue(e.getMessage().contains("broken.gz") && e.getMessage().contains("gzip"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> IdxReader.readImages(dir.resolve("absent")));
        assertTrue(e.getFile().endsWith("absent"));
    }

    @Test
    void folderLoaderFindsGzippedFilesAndChecksCounts() throws IOException {
        writeGzip("t10k-images-idx3-ubyte.gz", idxImages(3, 28, 28));
        writeGzip("t10k-labels-idx1-ubyte.gz", idxLabels(1, 2));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> ImageDataset.load(dir, ImageDataset.Split.TEST));
        assertTrue(e.getMessage().endsWith("t10k-labels-idx1-ubyte.gz: holds 2 labels but t10k-images-idx3-ubyte.gz holds 3 images"),
                e.getMessage());
        writeGzip("t10k-labels-idx1-ubyte.gz", idxLabels(1, 2, 3));
        assertEquals(3, ImageDataset.load(dir, ImageDataset.Split.TEST).count());
    }

    @Test
    void realMnistTestSetHasTenThousandDigits() throws IOException {
        LabeledImages test = ImageDataset.load(ImageDataset.MNIST.defaultDirectory(), ImageDataset.Split.TEST);
        assertEquals(10_000, test.count());
        assertEquals(28, test.images().rows());
        assertEquals(7, test.labels()[0]);
    }

    @Test
    void fashionMnistFromDebianIsReadGzipped() throws IOException {
        LabeledImages test = ImageDataset.load(ImageDataset.FASHION_MNIST.defaultDirectory(), ImageDataset.Split.TEST);
        assertEquals(10_000, test.count());
        assertEquals(9, test.labels()[0]);
        assertEquals("Ankle boot", ImageDataset.FASHION_MNIST.classNames().get(test.labels()[0]));
    }
}
