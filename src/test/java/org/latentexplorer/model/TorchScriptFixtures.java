package org.latentexplorer.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.latentexplorer.data.DataRoot;

/**
 * The TorchScript files the import tests use, written by Debian's python3-torch (PyTorch 1.13) with
 * src/test/python/torchscript_fixtures.py and the shipped export_torchscript.py, trained a few seconds on MNIST.
 * Made once per build into target/ (again when either script changes); never committed.
 */
public final class TorchScriptFixtures {
    public static final String MLP_VAE = "mlp-vae.pt";
    public static final String CONV_LOGITS = "conv-logits.pt";
    public static final String STATE_DICT = "state-dict.pt";
    public static final String WRONG_SHAPE = "wrong-shape.pt";
    public static final String NAN = "nan.pt";
    private static final Path SCRIPT = Path.of("src/test/python/torchscript_fixtures.py");
    private static final Path EXPORT = Path.of("src/main/python/export_torchscript.py");
    private static Path folder;

    private TorchScriptFixtures() {
    }

    /** A fixture file by name (one of the constants). */
    public static synchronized Path file(String name) throws IOException {
        if (folder == null) {
            folder = make();
        }
        return folder.resolve(name);
    }

    /** What PyTorch computed for a good fixture: a latent point, the module's raw decode of it, the mean of test image 0. */
    public record Reference(float[] z, float[] decoded, float[] firstTestMean) {
    }

    public static Reference reference(String name) throws IOException {
        List<String> lines = Files.readAllLines(file(name.replace(".pt", ".reference.txt")));
        return new Reference(floats(lines.get(0)), floats(lines.get(1)), floats(lines.get(2)));
    }

    private static float[] floats(String line) {
        String[] parts = line.strip().split(" ");
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Float.parseFloat(parts[i]);
        }
        return values;
    }

    private static Path make() throws IOException {
        String key = Checksums.sha256(SCRIPT).substring(0, 12) + "-" + Checksums.sha256(EXPORT).substring(0, 12);
        Path target = Path.of("target", "torchscript-fixtures", key).toAbsolutePath();
        if (Files.isRegularFile(target.resolve("done"))) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "making-");
        String python = System.getProperty("latent.python", "/usr/bin/python3");
        Path mnist = DataRoot.resolve("mnist");
        Process process = new ProcessBuilder(python, SCRIPT.toString(), mnist.toString(), staging.toString())
                .redirectErrorStream(true).start();
        byte[] output;
        try {
            output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("torchscript_fixtures.py did not finish in 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the TorchScript fixtures", e);
        }
        if (process.exitValue() != 0) {
            String said = new String(output, StandardCharsets.UTF_8).strip();
            String[] lines = said.split("\n");
            throw new IOException(python + " " + SCRIPT + " failed (the tests need Debian's python3-torch, which ./latent test"
                    + " installs, and MNIST in " + mnist + "): " + String.join(" | ", Arrays.asList(lines).subList(Math.max(0, lines.length - 3), lines.length)));
        }
        Files.writeString(staging.resolve("done"), key);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isRegularFile(target.resolve("done"))) {
                throw e;
            }
        }
        return target;
    }
}
