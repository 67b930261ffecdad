package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.LatentSpace;

class DecodeCommandTest {
    @TempDir
    static Path shared;

    static Path model;

    @TempDir
    Path dir;

    @BeforeAll
    static void copyModel() throws IOException {
        model = CliTestSupport.copyOfShippedModel("mnist-vae-2d", shared);
    }

    @Test
    void thePngShowsExactlyWhatLatentSpaceDecodesAtThatPoint() throws IOException {
        Path png = dir.resolve("digit.png");
        CliTestSupport.Result r = CliTestSupport.runOk("decode", "--model", model.toString(), "--z", "0.5,-1.2", "--scale", "4",
                "-o", png.toString());
        assertTrue(r.out().contains(png.toString()), r.out());

        BufferedImage image = CliTestSupport.readPng(png);
        assertEquals(112, image.getWidth());
        assertEquals(112, image.getHeight());
        CliTestSupport.assertNotBlank(image);
        try (LatentSpace space = LatentSpace.open(model)) {
            CliTestSupport.assertTileShows(image, 0, 1, 4, space.decode(new float[] {0.5f, -1.2f}));
        }
    }

    @Test
    void withoutOutputItDrawsAsciiArtOfTheSameDigit() throws IOException {
        float[] centreOfZeros;
        try (LatentSpace space = LatentSpace.open(model)) {
            centreOfZeros = centroid(space.latentMap().orElseThrow(), 0);
        }
        String z = String.format(java.util.Locale.ROOT, "--z=%f,%f", centreOfZeros[0], centreOfZeros[1]);
        String out = CliTestSupport.runOk("decode", "--model", model.toString(), z).out();
        List<String> lines = out.lines().toList();
        assertEquals(28, lines.size(), out);
        assertTrue(lines.stream().allMatch(l -> l.length() == 56), "two characters per pixel");
        try (LatentSpace space = LatentSpace.open(model)) {
            float[] pixels = space.decode(LatentArgs.parse("--z", z.substring("--z=".length())));
            assertEquals(Pictures.ascii(pixels, 28, 28), out.replace("\n", System.lineSeparator()));
            long bright = 0;
            for (float p : pixels) {
                bright += p > 0.5f ? 1 : 0;
            }
            assertTrue(bright > 20, "the digit should have strokes");
            assertTrue(out.contains("@") || out.contains("%"), out);
        }
    }

    /** Where the test images of one digit sit on average: decodes to a clear digit in any trained model. */
    private static float[] centroid(org.latentexplorer.model.LatentMap map, int label) {
        float[] sum = new float[map.dimensions()];
        int count = 0;
        for (int i = 0; i < map.count(); i++) {
            if (map.labels()[i] == label) {
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += map.coordinate(i, d);
                }
                count++;
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= count;
        }
        return sum;
    }

    @Test
    void aModelNameIsLookedUpUnderTheModelsFolder() throws IOException {
        Path png = dir.resolve("named.png");
        CliTestSupport.runOk("decode", "--model", "mnist-vae-20d", "--z", "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
                "--scale", "1", "-o", png.toString());
        BufferedImage image = CliTestSupport.readPng(png);
        assertEquals(28, image.getWidth());
    }

    @Test
    void aPointOfTheWrongSizeNamesBothSizes() {
        CliTestSupport.run("decode", "--model", model.toString(), "--z", "1,2,3")
                .assertOneLineError(1, "--z has 3 values", "latent size 2", model.toString());
    }

    @Test
    void aNonNumericValueIsNamed() {
        CliTestSupport.run("decode", "--model", model.toString(), "--z", "0.5,abc")
                .assertOneLineError(1, "--z '0.5,abc'", "value 2 ('abc') is not a number");
    }

    @Test
    void anUnknownModelNameListsTheModelsThatExist() {
        CliTestSupport.run("decode", "--model", "no-such-model", "--z", "0,0")
                .assertOneLineError(1, "no-such-model", "no such model directory", "mnist-vae-2d");
    }

    @Test
    void helpExplainsTheOptions() {
        String out = CliTestSupport.runOk("decode", "--help").out();
        assertTrue(out.startsWith("Usage: latent decode"), out);
        for (String option : List.of("--model", "--z", "--output", "--scale", "ASCII")) {
            assertTrue(out.contains(option), option + " in " + out);
        }
    }
}
