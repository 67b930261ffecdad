package org.latentexplorer.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;

class LessonImagesTest {
    @Test
    void aLimitKeepsTheFirstImagesWithTheirLabelsAndZeroKeepsAll() throws Exception {
        LabeledImages all = LessonImages.labeled(ImageDataset.MNIST, null, ImageDataset.Split.TEST, 0);
        LabeledImages head = LessonImages.labeled(ImageDataset.MNIST, null, ImageDataset.Split.TEST, 25);
        assertEquals(10_000, all.count());
        assertEquals(25, head.count());
        assertArrayEquals(all.images().image(24), head.images().image(24));
        assertEquals(all.labels()[24], head.labels()[24]);
        assertEquals(all.count(), LessonImages.load(ImageDataset.MNIST).count(), "the pages take the whole test set");
    }

    @Test
    void aNegativeLimitIsRefusedInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LessonImages.load(ImageDataset.MNIST, null, -3));
        assertEquals("--limit must not be negative, got -3", e.getMessage());
    }

    @Test
    void aFolderWithoutTheFilesIsNamed(@TempDir Path empty) {
        Exception e = assertThrows(IOException.class, () -> LessonImages.load(ImageDataset.MNIST, empty, 0));
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
    }
}
