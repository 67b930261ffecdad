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
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.latent.LatentSpace;

class InterpolateCommandTest {
    @TempDir
    static Path shared;

    static Path model;
    static Path data;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws IOException {
        model = CliTestSupport.copyOfShippedModel("mnist-vae-2d", shared);
        data = shared.resolve("idx");
        CliTestSupport.writeIdxSet(data, 20, 12);
    }

    @Test
    void aStripRunsFromOnePointToTheOtherInEvenSteps() throws IOException {
        Path png = dir.resolve("strip.png");
        CliTestSupport.runOk("interpolate", "--model", model.toString(), "--from=-2,0.5", "--to", "2,-0.5", "--frames", "5",
                "--scale", "1", "-o", png.toString());
        BufferedImage strip = CliTestSupport.readPng(png);
        assertEquals(5 * 28, strip.getWidth(), "one row of 5 digits");
        assertEquals(28, strip.getHeight());
        CliTestSupport.assertNotBlank(strip);
        try (LatentSpace space = LatentSpace.open(model)) {
            CliTestSupport.assertTileShows(strip, 0, 5, 1, space.decode(new float[] {-2f, 0.5f}));
            CliTestSupport.assertTileShows(strip, 2, 5, 1, space.decode(new float[] {0f, 0f}));
            CliTestSupport.assertTileShows(strip, 4, 5, 1, space.decode(new float[] {2f, -0.5f}));
        }
    }

    @Test
    void endsCanBeTestImagesEncodedByTheModel() throws IOException {
        Path png = dir.resolve("images.png");
        CliTestSupport.runOk("interpolate", "--model", model.toString(), "--data", data.toString(), "--from-index", "3",
                "--to-index", "7", "--frames", "3", "--scale", "1", "-o", png.toString());
        BufferedImage strip = CliTestSupport.readPng(png);
        assertEquals(3 * 28, strip.getWidth());
        LabeledImages test = ImageDataset.load(data, ImageDataset.Split.TEST);
        try (LatentSpace space = LatentSpace.open(model)) {
            float[] a = space.encode(test.images().image(3));
            float[] b = space.encode(test.images().image(7));
            CliTestSupport.assertTileShows(strip, 0, 3, 1, space.decode(a));
            CliTestSupport.assertTileShows(strip, 2, 3, 1, space.decode(b));
        }
    }

    @Test
    void fewerThanTwoFramesIsRefused() {
        CliTestSupport.run("interpolate", "--model", model.toString(), "--from", "0,0", "--to", "1,1", "--frames", "1",
                "-o", dir.resolve("x.png").toString()).assertOneLineError(1, "--frames must be at least 2, got 1");
    }

    @Test
    void anEndOfTheWrongSizeIsNamed() {
        CliTestSupport.run("interpolate", "--model", model.toString(), "--from", "0,0", "--to", "1", "-o",
                dir.resolve("x.png").toString()).assertOneLineError(1, "--to has 1 value", "latent size 2");
    }

    @Test
    void anIndexOutsideTheTestSetIsNamed() {
        CliTestSupport.run("interpolate", "--model", model.toString(), "--data", data.toString(), "--from-index", "0",
                "--to-index", "12", "-o", dir.resolve("x.png").toString())
                .assertOneLineError(1, "--to-index 12 is out of range", "12 images");
    }

    @Test
    void helpExplainsTheOptions() {
        String out = CliTestSupport.runOk("interpolate", "--help").out();
        assertTrue(out.startsWith("Usage: latent interpolate"), out);
        for (String option : List.of("--from", "--to", "--from-index", "--to-index", "--frames", "--output", "strip")) {
            assertTrue(out.contains(option), option + " in " + out);
        }
    }
}
