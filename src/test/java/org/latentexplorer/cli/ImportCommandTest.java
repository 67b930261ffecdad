package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.TorchScriptFixtures;

/** latent import, and the headless commands on what it made: they open an imported model as they open ours. */
class ImportCommandTest {
    @TempDir
    static Path shared;

    static Path mlp;

    @TempDir
    Path dir;

    @BeforeAll
    static void importTheMlpVae() throws IOException {
        mlp = shared.resolve("mlp-vae");
        CliTestSupport.Result r = CliTestSupport.runOk("import", "--torchscript",
                TorchScriptFixtures.file(TorchScriptFixtures.MLP_VAE).toString(), "--limit", "400", "-o", mlp.toString());
        assertTrue(r.out().contains("returns the mean and the log-variance (latent size 2)"), r.out());
        assertTrue(r.out().contains("decode(z): returns probabilities"), r.out());
        assertTrue(r.out().matches("(?s).*test set  mnist, 400 images: -ELBO [0-9.]+ nats per image.*"), r.out());
        assertEquals("", r.err(), "no progress lines in a log");
    }

    @Test
    void theCardSaysItIsImportedAndTheCommandsOpenIt() throws IOException {
        assertEquals(ModelKind.IMPORTED_TORCHSCRIPT, ModelStore.readCard(mlp).kind());

        Path sheet = dir.resolve("sample.png");
        CliTestSupport.runOk("sample", "-m", mlp.toString(), "-n", "4", "--no-print-z", "-o", sheet.toString());
        BufferedImage image = CliTestSupport.readPng(sheet);
        CliTestSupport.assertNotBlank(image);

        Path one = dir.resolve("one.png");
        CliTestSupport.runOk("decode", "-m", mlp.toString(), "--z=0.5,-1", "--scale", "1", "-o", one.toString());
        try (LatentSpace space = LatentSpace.open(mlp)) {
            CliTestSupport.assertTileShows(CliTestSupport.readPng(one), 0, 1, 1,
                    TorchScriptFixtures.reference(TorchScriptFixtures.MLP_VAE).decoded());
            assertEquals(2, space.latentSize());
        }

        Path strip = dir.resolve("strip.png");
        CliTestSupport.runOk("interpolate", "-m", mlp.toString(), "--from-index", "0", "--to-index", "1", "--frames", "5",
                "-o", strip.toString());
        assertEquals(5 * 28 * 2, CliTestSupport.readPng(strip).getWidth(), "five frames at the default scale");

        CliTestSupport.Result encoded = CliTestSupport.runOk("encode", "-m", mlp.toString(), "--limit", "2");
        List<String> rows = encoded.out().lines().toList();
        assertEquals("index,label,z1,z2", rows.get(0));
        float[] mean = TorchScriptFixtures.reference(TorchScriptFixtures.MLP_VAE).firstTestMean();
        String[] first = rows.get(1).split(",");
        assertArrayEquals(mean, new float[] {Float.parseFloat(first[2]), Float.parseFloat(first[3])}, 1e-5f,
                "the first test image encodes where PyTorch put it");
    }

    @Test
    void theLabsComparisonTakesItInTheVaeSlot() {
        CliTestSupport.Result r = CliTestSupport.runOk("compare", "--vae", mlp.toString(), "--limit", "500", "--grid", "8");
        assertTrue(r.out().lines().anyMatch(l -> l.matches("^VAE +mlp-vae .*")), r.out());
    }

    @Test
    void aBadFileIsOneErrorLineAndNothingIsWritten() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.pt"), "hello");
        Path out = dir.resolve("out");
        CliTestSupport.run("import", "--torchscript", notes.toString(), "--limit", "50", "-o", out.toString())
                .assertOneLineError(1, notes + ": is not a TorchScript file");
        CliTestSupport.run("import", "--torchscript", TorchScriptFixtures.file(TorchScriptFixtures.MLP_VAE).toString(),
                        "--decoder-method", "generate", "--limit", "50", "-o", out.toString())
                .assertOneLineError(1, "has no method 'generate'", "--decoder-method");
        CliTestSupport.run("import", "--torchscript", dir.resolve("missing.pt").toString(), "--limit", "50", "-o", out.toString())
                .assertOneLineError(1, "missing.pt", "no such TorchScript file");
        assertFalse(Files.exists(out));
    }
}
