package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench with tiny counts: not a timing test, only that every part runs and prints its rows. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyPartPrintsItsRowsUnderAHeaderNamingTheMachineAndModel() throws IOException {
        Path model = CliTestSupport.copyOfShippedModel("mnist-vae-2d", dir);
        Path data = dir.resolve("idx");
        CliTestSupport.writeIdxSet(data, 300, 20);
        String out = CliTestSupport.runOk("bench", "--only", "decode,drag,epoch,memory", "--model", model.toString(), "--warmup", "5", "--decodes", "50",
                "--drag-rate", "40", "--drag-seconds", "1", "--data", data.toString(), "--train-limit", "300",
                "--memory-warmup", "5", "--memory-decodes", "50").out();

        for (String header : List.of("machine ", "engine ", "model ", "load ")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(header)), header + " in " + out);
        }
        assertTrue(out.contains("cores"), out);
        assertTrue(out.contains(model.toString()) && out.contains("latent 2"), out);
        for (String row : List.of("p50 latency", "p90 latency", "p99 latency", "max latency")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith("decode") && l.contains(row) && l.contains(" us")), row + " in " + out);
        }
        assertTrue(out.lines().anyMatch(l -> l.startsWith("decode") && l.contains("p99 latency")
                && (l.endsWith("PASS") || l.endsWith("FAIL"))), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("drag") && l.contains("frames per second") && l.contains("fps")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("drag") && l.contains("event-to-frame p99") && l.contains("ms")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("drag") && l.contains("/ 40")), "40 events posted in 1 s: " + out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("epoch") && l.contains("seconds per epoch") && l.contains("n/a (subset)")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("epoch") && l.contains("784-400-20, batch 128, 300 images")), out);
        // 300 images x 2 x (3 x 651,200 - 313,600) multiply-adds of the 784-400-20 MLP
        assertTrue(out.lines().anyMatch(l -> l.startsWith("epoch") && l.contains("arithmetic limit") && l.contains("9.84e+08 flop of matmuls")
                && l.contains("GFLOP/s (engine matmul)")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("epoch") && l.matches(".*ratio to the limit +\\d+\\.\\d\\dx .*")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("memory") && l.contains("RSS growth") && l.contains("MB")), out);
    }

    @Test
    void theMelodyPartTimesWholeMelodyDecodes() throws IOException {
        Path melodies = CliTestSupport.copyOfShippedModel("melody-vae", dir);
        String out = CliTestSupport.runOk("bench", "--only", "melody", "--melody-model", melodies.toString(),
                "--melody-decodes", "3").out();
        assertTrue(out.lines().anyMatch(l -> l.startsWith("melody") && l.contains("p50 decode") && l.contains("3 melodies")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("melody") && l.contains("p99 decode") && l.contains("<= 5.0 ms")
                && (l.endsWith("PASS") || l.endsWith("FAIL"))), out);
        assertTrue(out.lines().noneMatch(l -> l.startsWith("decode") || l.startsWith("drag")), out);
    }

    @Test
    void onlyRunsTheNamedParts() {
        String out = CliTestSupport.runOk("bench", "--only", "Decode", "--warmup", "0", "--decodes", "20").out();
        assertTrue(out.lines().anyMatch(l -> l.startsWith("decode")), out);
        assertTrue(out.lines().noneMatch(l -> l.startsWith("drag") || l.startsWith("epoch") || l.startsWith("memory")), out);
    }

    @Test
    void anUnknownPartOrCountIsRefused() {
        CliTestSupport.Result r = CliTestSupport.run("bench", "--only", "fast");
        assertEquals(2, r.exitCode(), "a usage error");
        assertTrue(r.errLines().get(0).contains("'fast' is not a part: use decode, drag, epoch, memory, melody or melody-train"), r.err());
        CliTestSupport.run("bench", "--only", "decode", "--decodes", "0").assertOneLineError(1, "--decodes must be at least 1, got 0");
    }

    @Test
    void helpListsThePartsAndTargets() {
        String out = CliTestSupport.runOk("bench", "--help").out();
        assertTrue(out.startsWith("Usage: latent bench"), out);
        for (String text : List.of("--only", "--skip-training", "--epochs-timed", "--decodes", "p99 <= 300 us", ">= 55", "<= 3.5 s", "<= 20 MB")) {
            assertTrue(out.contains(text), text + " in " + out);
        }
    }
}
