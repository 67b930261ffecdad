package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.latentexplorer.latent.ModelCatalog;
import picocli.CommandLine;

/** Runs the command line in-process with captured output, and makes the small files the tests need. */
final class CliTestSupport {
    private CliTestSupport() {
    }

    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        /** Asserts a failure reported as exactly one line, "error: ...", containing every fragment. */
        void assertOneLineError(int expectedCode, String... fragments) {
            assertEquals(expectedCode, exitCode, () -> "exit code; stderr: " + err + " stdout: " + out);
            assertEquals(1, errLines().size(), () -> "stderr should be one line: " + err);
            String line = errLines().get(0);
            assertTrue(line.startsWith("error: "), line);
            for (String fragment : fragments) {
                assertTrue(line.contains(fragment), () -> "'" + line + "' should mention '" + fragment + "'");
            }
        }
    }

    static Result run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result runOk(String... args) {
        Result r = run(args);
        assertEquals(0, r.exitCode(), () -> "exit code; stderr: " + r.err() + " stdout: " + r.out());
        return r;
    }

    /** A private copy of a shipped model, so that a training run replacing models/ cannot change it mid-test. */
    static Path copyOfShippedModel(String name, Path into) throws IOException {
        Path source = ModelCatalog.defaultRoot().resolve(name);
        Path target = into.resolve(name);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    /** Synthetic 28x28 "digits" (a bright bar whose position depends on the label) with labels, in pixels [0, 1]. */
    static float[][] syntheticImages(int count, int[] labelsOut, long seed) {
        Random random = new Random(seed);
        float[][] images = new float[count][784];
        for (int i = 0; i < count; i++) {
            int label = i % 10;
            labelsOut[i] = label;
            for (int y = 4; y < 24; y++) {
                for (int x = 6 + label; x < 10 + label; x++) {
                    images[i][y * 28 + x] = Math.round((0.6f + 0.4f * random.nextFloat()) * 255) / 255f;
                }
            }
        }
        return images;
    }

    /** Writes the four standard MNIST IDX files (train and t10k) holding synthetic images into {@code dir}. */
    static void writeIdxSet(Path dir, int trainCount, int testCount) throws IOException {
        Files.createDirectories(dir);
        for (String prefix : List.of("train", "t10k")) {
            int n = prefix.equals("train") ? trainCount : testCount;
            int[] labels = new int[n];
            float[][] images = syntheticImages(n, labels, prefix.hashCode());
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(dir.resolve(prefix + "-images-idx3-ubyte")))) {
                out.writeInt(0x00000803);
                out.writeInt(n);
                out.writeInt(28);
                out.writeInt(28);
                for (float[] image : images) {
                    for (float v : image) {
                        out.writeByte(Math.round(v * 255));
                    }
                }
            }
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(dir.resolve(prefix + "-labels-idx1-ubyte")))) {
                out.writeInt(0x00000801);
                out.writeInt(n);
                for (int label : labels) {
                    out.writeByte(label);
                }
            }
        }
    }

    static BufferedImage readPng(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " should exist");
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image != null, file + " should be a readable PNG");
        return image;
    }

    /** Grey level 0..255 of one pixel of a PNG written by the commands (8-bit grey). */
    static int grayAt(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0);
    }

    /** Asserts the picture is not blank: it has both dark and bright pixels. */
    static void assertNotBlank(BufferedImage image) {
        int min = 255;
        int max = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int g = grayAt(image, x, y);
                min = Math.min(min, g);
                max = Math.max(max, g);
            }
        }
        assertTrue(min < 30 && max > 150, "picture should have dark background and bright strokes, got range " + min + ".." + max);
    }

    /**
     * Asserts that the {@code tile}-th digit of a sheet (digits of 28x28 enlarged {@code scale} times, {@code columns}
     * to a row) shows {@code pixels}: every enlarged pixel, every one of its scale x scale copies, within one grey level.
     */
    static void assertTileShows(BufferedImage sheet, int tile, int columns, int scale, float[] pixels) {
        int left = (tile % columns) * 28 * scale;
        int top = (tile / columns) * 28 * scale;
        for (int y = 0; y < 28 * scale; y++) {
            for (int x = 0; x < 28 * scale; x++) {
                int expected = Math.round(Math.max(0f, Math.min(1f, pixels[(y / scale) * 28 + x / scale])) * 255f);
                int actual = grayAt(sheet, left + x, top + y);
                if (Math.abs(expected - actual) > 1) {
                    throw new AssertionError("tile " + tile + " pixel (" + x + "," + y + ") is " + actual + ", expected " + expected);
                }
            }
        }
    }
}
