package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.latent.LatentSpace;

class EncodeCommandTest {
    @TempDir
    static Path shared;

    static Path model;
    static Path model20;
    static Path data;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws IOException {
        model = CliTestSupport.copyOfShippedModel("mnist-vae-2d", shared);
        model20 = CliTestSupport.copyOfShippedModel("mnist-vae-20d", shared);
        data = shared.resolve("idx");
        CliTestSupport.writeIdxSet(data, 10, 12);
    }

    @Test
    void writesOneCsvRowPerImageWithItsLabelAndTheEncoderMean() throws IOException {
        Path csv = dir.resolve("codes.csv");
        CliTestSupport.Result r = CliTestSupport.runOk("encode", "--model", model20.toString(), "--data", data.toString(),
                "--limit", "7", "-o", csv.toString());
        assertTrue(r.out().contains("7 test images"), r.out());

        List<String> lines = Files.readAllLines(csv);
        StringBuilder header = new StringBuilder("index,label");
        for (int i = 1; i <= 20; i++) {
            header.append(",z").append(i);
        }
        assertEquals(header.toString(), lines.get(0));
        assertEquals(8, lines.size(), "header and 7 rows");
        LabeledImages test = ImageDataset.load(data, ImageDataset.Split.TEST);
        try (LatentSpace space = LatentSpace.open(model20)) {
            for (int i = 0; i < 7; i++) {
                String[] cells = lines.get(i + 1).split(",");
                assertEquals(22, cells.length, lines.get(i + 1));
                assertEquals(i, Integer.parseInt(cells[0]));
                assertEquals(test.labels()[i], Integer.parseInt(cells[1]));
                float[] z = new float[20];
                for (int d = 0; d < 20; d++) {
                    z[d] = Float.parseFloat(cells[d + 2]);
                }
                assertArrayEquals(space.encode(test.images().image(i)), z, 1e-5f, "row " + i);
            }
        }
    }

    @Test
    void withoutOutputTheCsvGoesToStandardOutput() {
        List<String> lines = CliTestSupport.runOk("encode", "--model", model.toString(), "--data", data.toString()).out()
                .lines().toList();
        assertEquals("index,label,z1,z2", lines.get(0));
        assertEquals(13, lines.size(), "header and all 12 test images");
    }

    @Test
    void aPngIsEncodedLikeTheSameImageFromTheDataSet() throws IOException {
        LabeledImages test = ImageDataset.load(data, ImageDataset.Split.TEST);
        float[] pixels = test.images().image(4);
        Path png = dir.resolve("digit.png");
        writeGray(png, pixels, 28, 1, false);
        Path bigInverted = dir.resolve("big-inverted.png");
        writeGray(bigInverted, pixels, 28, 3, true);
        try (LatentSpace space = LatentSpace.open(model)) {
            float[] expected = space.encode(pixels);

            CliTestSupport.Result r = CliTestSupport.runOk("encode", "--model", model.toString(), "--image", png.toString());
            assertEquals(LatentArgs.format(expected), r.out().strip());
            assertEquals("", r.err());

            CliTestSupport.Result big = CliTestSupport.runOk("encode", "--model", model.toString(), "--image", bigInverted.toString());
            assertTrue(big.err().contains("resized to 28x28") && big.err().contains("inverted"), big.err());
            String[] z = big.out().strip().split(",");
            for (int d = 0; d < 2; d++) {
                assertEquals(expected[d], Float.parseFloat(z[d]), 1e-3f, "a 3x enlarged, inverted copy encodes the same");
            }
        }
    }

    @Test
    void aCorruptIdxFileIsReportedWithTheReadersMessage() throws IOException {
        Path bad = dir.resolve("bad");
        CliTestSupport.writeIdxSet(bad, 1, 2);
        Path images = bad.resolve("t10k-images-idx3-ubyte");
        byte[] bytes = Files.readAllBytes(images);
        bytes[0] = 0x12;
        Files.write(images, bytes);
        CliTestSupport.run("encode", "--model", model.toString(), "--data", bad.toString())
                .assertOneLineError(1, images.toString(), "bad magic number", "not an IDX file");
    }

    @Test
    void aTruncatedIdxFileIsReportedWithTheReadersMessage() throws IOException {
        Path bad = dir.resolve("short");
        CliTestSupport.writeIdxSet(bad, 1, 2);
        Path images = bad.resolve("t10k-images-idx3-ubyte");
        byte[] bytes = Files.readAllBytes(images);
        Files.write(images, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        CliTestSupport.run("encode", "--model", model.toString(), "--data", bad.toString())
                .assertOneLineError(1, images.toString(), "file truncated");
    }

    @Test
    void aMissingDataFolderAndAMissingPictureAreNamed() {
        Path missing = dir.resolve("nowhere");
        CliTestSupport.run("encode", "--model", model.toString(), "--data", missing.toString())
                .assertOneLineError(1, missing.toString(), "data folder not found");
        CliTestSupport.run("encode", "--model", model.toString(), "--image", missing.resolve("x.png").toString())
                .assertOneLineError(1, "x.png", "no such image file");
    }

    @Test
    void helpExplainsTheOptions() {
        String out = CliTestSupport.runOk("encode", "--help").out();
        assertTrue(out.startsWith("Usage: latent encode"), out);
        for (String option : List.of("--model", "--data", "--limit", "--output", "--image", "index,label,z1..zN")) {
            assertTrue(out.contains(option), option + " in " + out);
        }
    }

    private static void writeGray(Path file, float[] pixels, int side, int scale, boolean invert) throws IOException {
        BufferedImage image = new BufferedImage(side * scale, side * scale, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < side * scale; y++) {
            for (int x = 0; x < side * scale; x++) {
                int g = Math.round(pixels[(y / scale) * side + x / scale] * 255);
                image.getRaster().setSample(x, y, 0, invert ? 255 - g : g);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
