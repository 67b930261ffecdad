package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Label files that do not fit their images: refused at load with the label file named, not trusted or found later. */
class IdxLabelsTest {
    @TempDir
    Path dir;

    private void write(int images, byte... labels) throws IOException {
        ByteBuffer pixels = ByteBuffer.allocate(16 + images * 28 * 28).putInt(0x00000803).putInt(images).putInt(28).putInt(28);
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), pixels.array());
        ByteBuffer header = ByteBuffer.allocate(8 + labels.length).putInt(0x00000801).putInt(labels.length).put(labels);
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), header.array());
    }

    @Test
    void labelOutsideTheTenClassesIsRefusedNamingTheFileAndIndex() throws IOException {
        write(3, (byte) 1, (byte) 200, (byte) 2);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> ImageDataset.load(dir, ImageDataset.Split.TEST));
        assertEquals(dir.resolve("t10k-labels-idx1-ubyte") + ": label 200 at index 1 is not a class (0 to 9)", e.getMessage());
    }

    @Test
    void fewerLabelsThanImagesNamesBothFiles() throws IOException {
        write(3, (byte) 1, (byte) 2);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> ImageDataset.load(dir, ImageDataset.Split.TEST));
        assertEquals(dir.resolve("t10k-labels-idx1-ubyte") + ": holds 2 labels but t10k-images-idx3-ubyte holds 3 images", e.getMessage());
    }

    @Test
    void labelsZeroToNineLoad() throws IOException {
        write(2, (byte) 0, (byte) 9);
        assertEquals(9, ImageDataset.load(dir, ImageDataset.Split.TEST).labels()[1]);
    }
}
