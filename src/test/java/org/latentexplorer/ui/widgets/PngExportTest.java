package org.latentexplorer.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.ui.digits.ModelSummary;

/** Exported PNGs (temp file + move, readable by all) and where the save dialog starts; the Model tab's plain texts. */
class PngExportTest {
    @TempDir
    Path dir;

    private static GrayImage image() {
        float[] pixels = new float[4 * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i / (float) pixels.length;
        }
        return new GrayImage(4, 3, pixels);
    }

    @Test
    void anExportIsAWholePngReadableByAllAndLeavesNothingBeside() throws Exception {
        Path target = dir.resolve("digit.png");

        PngExport.write(target, image(), 2);

        assertEquals(8, ImageIO.read(target.toFile()).getWidth(), "a whole PNG at twice the size");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left");
        }
    }

    @Test
    void anExportReplacesTheFileWholeAndKeepsItsPermissions() throws Exception {
        Path target = dir.resolve("digit.png");
        Files.writeString(target, "the user's old file");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));

        PngExport.write(target, image(), 2);

        assertEquals(8, ImageIO.read(target.toFile()).getWidth(), "a whole PNG at twice the size");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)), "the user's choice kept");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left");
        }
    }

    @Test
    void aFailedExportLeavesTheOldFileUntouched() throws Exception {
        Path target = dir.resolve("digit.png");
        Files.writeString(target, "the user's old file");
        IOException full = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half a PNG".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("disk full", full.getMessage());
        assertArrayEquals("the user's old file".getBytes(), Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left");
        }
    }

    @Test
    void theSaveDialogStartsInPicturesOrHomeThenInTheLastFolder() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        assertEquals(home.toFile(), PngExport.initialFolder(null, home), "no Pictures folder: home");
        Path pictures = Files.createDirectories(home.resolve("Pictures"));
        assertEquals(pictures.toFile(), PngExport.initialFolder(null, home));
        Path last = Files.createDirectories(dir.resolve("exports"));
        assertEquals(last.toFile(), PngExport.initialFolder(last.toFile(), home), "the last folder used");
        assertEquals(pictures.toFile(), PngExport.initialFolder(dir.resolve("gone").toFile(), home), "a deleted last folder: Pictures");
    }

    @Test
    void theModelTabSaysDevicesAndDatesAsPeopleDo() {
        assertEquals("CPU", EngineText.deviceName("cpu()"));
        assertEquals("GPU (CUDA 0)", EngineText.deviceName("gpu(0)"));
        assertEquals("GPU (CUDA 1)", EngineText.deviceName("gpu(1)"));
        assertEquals("2026-11-23 12:00", ModelSummary.createdText("2026-11-23T12:00:22.066837985Z", ZoneId.of("UTC")));
        assertEquals("2026-11-23 13:00", ModelSummary.createdText("2026-11-23T12:00:22.066837985Z", ZoneId.of("Europe/Berlin")));
        assertEquals("last Tuesday", ModelSummary.createdText("last Tuesday", ZoneId.of("UTC")), "other text as it is");
    }
}
