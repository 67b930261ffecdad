package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IDX files whose headers lie: refused from the header, before the payload is allocated or inflated. */
class HostileIdxFilesTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static byte[] header(int count, int rows, int cols) {
        return ByteBuffer.allocate(16).putInt(0x00000803).putInt(count).putInt(rows).putInt(cols).array();
    }

    private static byte[] images(int count, int rows, int cols) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + count * rows * cols).put(header(count, rows, cols));
        for (int i = 0; i < count * rows * cols; i++) {
            buffer.put((byte) i);
        }
        return buffer.array();
    }

    private static byte[] labels(int count) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + count).putInt(0x00000801).putInt(count);
        for (int i = 0; i < count; i++) {
            buffer.put((byte) (i % 10));
        }
        return buffer.array();
    }

    private static byte[] gzip(byte[] bytes, int zeros) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(packed)) {
            out.write(bytes);
            byte[] block = new byte[1 << 20];
            for (int written = 0; written < zeros; written += block.length) {
                out.write(block, 0, Math.min(block.length, zeros - written));
            }
        }
        return packed.toByteArray();
    }

    @Test
    void declaredDimensionsThatDisagreeWithTheFilesLengthAreRefusedBeforeAllocating() throws IOException {
        byte[] bytes = new byte[16 + 47];
        System.arraycopy(header(10_000_000, 28, 28), 0, bytes, 0, 16);
        Path file = Files.write(dir.resolve("lying-images-idx3-ubyte"), bytes);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));
        assertEquals(file + ": declares 10000000 images of 28x28 but holds 47 bytes (file truncated)", e.getMessage());
    }

    @Test
    void aGzipBombIsReadOnlyAsFarAsTheHeaderDeclares() throws IOException {
        // gzip members may be concatenated: one member of 64 MB of zeros, repeated, inflates to 3 GB
        byte[] first = gzip(images(10, 28, 28), 64 << 20);
        byte[] zeros = gzip(new byte[0], 64 << 20);
        Path bomb = dir.resolve("bomb-images-idx3-ubyte.gz");
        try (OutputStream out = Files.newOutputStream(bomb)) {
            out.write(first);
            for (int i = 0; i < 47; i++) {
                out.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 16 << 20, "a small file");
        IdxFormatException e = assertTimeoutPreemptively(PATIENCE, () -> assertThrows(IdxFormatException.class, () -> IdxReader.readImages(bomb)));
        assertEquals(bomb + ": declares 10 images of 28x28 but holds more than 7840 bytes once unpacked (trailing bytes)", e.getMessage());
    }

    @Test
    void aGzippedHeaderBeyondTheLimitsIsRefusedUnread() throws IOException {
        Path many = Files.write(dir.resolve("many.gz"), gzip(header(10_000_000, 28, 28), 0));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(many));
        assertEquals(many + ": declares 10000000 images of 28x28, more than the " + IdxReader.MAX_COUNT + " read from one file", e.getMessage());
        Path wide = Files.write(dir.resolve("wide.gz"), gzip(header(1, 28, 100_000), 0));
        IdxFormatException w = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(wide));
        assertEquals(wide + ": declares images of 28x100000, larger than the 1024x1024 this program reads", w.getMessage());
        Path heavy = Files.write(dir.resolve("heavy.gz"), gzip(header(1_000_000, 1024, 1024), 0));
        IdxFormatException h = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(heavy));
        assertTrue(h.getMessage().contains("(1000000 MB), more than the 256 MB read from one file"), h.getMessage());
    }

    @Test
    void imagesOfAnotherSizeAreRefusedAtLoad() throws IOException {
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), images(5, 32, 32));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), labels(5));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> ImageDataset.load(dir, ImageDataset.Split.TEST));
        assertEquals(dir.resolve("t10k-images-idx3-ubyte") + ": images are 32x32, expected 28x28", e.getMessage());
        assertEquals(5, ImageDataset.load(dir, ImageDataset.Split.TEST, 32, 32).count(), "read when 32x32 is what is asked for");
    }

    @Test
    void aNamedPipeOrDeviceInTheDataFolderIsRefusedNotRead() throws Exception {
        Path pipe = dir.resolve("t10k-images-idx3-ubyte");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), labels(5));
        FileSystemException e = assertTimeoutPreemptively(PATIENCE,
                () -> assertThrows(FileSystemException.class, () -> ImageDataset.load(dir, ImageDataset.Split.TEST)));
        assertEquals(pipe + ": is not a regular file", e.getMessage());
        FileSystemException z = assertTimeoutPreemptively(PATIENCE,
                () -> assertThrows(FileSystemException.class, () -> IdxReader.readLabels(Path.of("/dev/zero"))));
        assertEquals("/dev/zero: is not a regular file", z.getMessage());
    }
}
