package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.LatentSpace;

class SampleCommandTest {
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
    void writesAGridSheetAndPrintsThePriorPointsItDecoded() throws IOException {
        Path png = dir.resolve("samples.png");
        CliTestSupport.Result r = CliTestSupport.runOk("sample", "--model", model.toString(), "-n", "5", "--seed", "3",
                "--grid-cols", "3", "--scale", "2", "-o", png.toString());

        BufferedImage sheet = CliTestSupport.readPng(png);
        assertEquals(3 * 28 * 2, sheet.getWidth(), "3 columns of 28 px at scale 2");
        assertEquals(2 * 28 * 2, sheet.getHeight(), "5 digits in 3 columns make 2 rows");
        CliTestSupport.assertNotBlank(sheet);

        List<String> zLines = r.out().lines().filter(l -> l.matches("-?\\d.*,-?\\d.*")).toList();
        assertEquals(5, zLines.size(), r.out());
        try (LatentSpace space = LatentSpace.open(model)) {
            Random random = new Random(3);
            for (int i = 0; i < 5; i++) {
                float[] z = space.samplePrior(random);
                assertEquals(LatentArgs.format(z), zLines.get(i), "printed z of digit " + i);
                CliTestSupport.assertTileShows(sheet, i, 3, 2, space.decode(z));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameSheetAndAnotherSeedADifferentOne() throws IOException {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        Path c = dir.resolve("c.png");
        String first = CliTestSupport.runOk("sample", "--model", model.toString(), "-n", "4", "--seed", "11", "-o", a.toString()).out();
        String second = CliTestSupport.runOk("sample", "--model", model.toString(), "-n", "4", "--seed", "11", "-o", b.toString()).out();
        CliTestSupport.runOk("sample", "--model", model.toString(), "-n", "4", "--seed", "12", "-o", c.toString(), "--no-print-z");
        assertEquals(first.replace(a.toString(), "X"), second.replace(b.toString(), "X"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)), "another seed, another sheet");
    }

    @Test
    void aMissingModelDirectoryIsOneLineNamingIt() {
        Path missing = dir.resolve("no-such-model");
        CliTestSupport.run("sample", "--model", missing.toString(), "-n", "2", "-o", dir.resolve("x.png").toString())
                .assertOneLineError(1, missing.toString(), "no such model directory");
        assertTrue(Files.notExists(dir.resolve("x.png")));
    }

    @Test
    void aModelFolderWithoutModelJsonIsOneLineNamingTheFile() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty-model"));
        CliTestSupport.run("sample", "--model", empty.toString(), "-o", dir.resolve("x.png").toString())
                .assertOneLineError(1, empty.resolve("model.json").toString(), "missing");
    }

    @Test
    void aCountBelowOneIsRefused() {
        CliTestSupport.run("sample", "--model", model.toString(), "-n", "0", "-o", dir.resolve("x.png").toString())
                .assertOneLineError(1, "-n must be at least 1, got 0");
    }

    @Test
    void helpExplainsTheOptions() {
        String out = CliTestSupport.runOk("sample", "--help").out();
        assertTrue(out.startsWith("Usage: latent sample"), out);
        for (String option : List.of("--model", "--count", "--seed", "--output", "--grid-cols", "--[no-]print-z", "prior")) {
            assertTrue(out.contains(option), option + " in " + out);
        }
    }
}
