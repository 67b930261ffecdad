package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatentMapTest {
    @TempDir
    Path dir;

    private Path header(String name, int count, int dims, int extraBytes) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(16 + extraBytes).putInt(0x4C4D4150).putInt(1).putInt(count).putInt(dims);
        return Files.write(dir.resolve(name), bytes.array());
    }

    @Test
    void writtenMapReadsBack() throws IOException {
        LatentMap map = new LatentMap(new float[] {0.5f, -1f, 2f, 3f}, new int[] {7, 1}, 2);
        Path file = dir.resolve("latent-map.bin");
        map.write(file);
        LatentMap back = LatentMap.read(file, 2);
        assertArrayEquals(map.means(), back.means());
        assertArrayEquals(map.labels(), back.labels());
    }

    @Test
    void labelsPastAByteKeepTheirValueAndSmallOnesKeepTheOldFormat() throws IOException {
        Path small = dir.resolve("small.bin");
        new LatentMap(new float[] {1f, 2f}, new int[] {0, 255}, 1).write(small);
        assertEquals(16 + 2 * 4 + 2, Files.size(small), "one byte a label, as before");
        Path songs = dir.resolve("songs.bin");
        new LatentMap(new float[] {1f, 2f, 3f}, new int[] {256, 7169, 3}, 1).write(songs);
        assertEquals(16 + 3 * 4 + 3 * 4, Files.size(songs));
        assertArrayEquals(new int[] {256, 7169, 3}, LatentMap.read(songs, 1).labels(), "song 7169 stays song 7169, not 7169 % 256");
    }

    @Test
    void aMapClaimingTenMillionPointsIsOneLineNamingTheFile() throws IOException {
        Path file = header("latent-map.bin", 10_000_000, 2, 40);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> LatentMap.read(file, 2));
        assertEquals(file + ": claims 10000000 points of 2 dimensions; a latent map holds 0 to " + LatentMap.MAX_POINTS, e.getMessage());
    }

    @Test
    void aSizeThatDoesNotFitTheFilesLengthIsRefusedBeforeAllocating() throws IOException {
        Path shortFile = header("short.bin", 900_000, 2, 40);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> LatentMap.read(shortFile, 2));
        assertEquals(shortFile + ": claims 900000 points of 2 dimensions (8100016 bytes) but is 56 bytes long (truncated)", e.getMessage());
        Path longFile = header("long.bin", 1, 2, 10);
        ModelFormatException l = assertThrows(ModelFormatException.class, () -> LatentMap.read(longFile, 2));
        assertEquals(longFile + ": claims 1 points of 2 dimensions (25 bytes) but is 26 bytes long (trailing bytes)", l.getMessage());
    }

    @Test
    void aProductThatWouldOverflowIsRefused() throws IOException {
        Path file = header("wide.bin", 1_000_000, 5000, 0);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> LatentMap.read(file, 5000));
        assertEquals(file + ": claims 1000000 points of 5000 dimensions; a latent map holds 0 to 13421", e.getMessage());
    }
}
