package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** train never replaces what is not a model, refuses impossible settings up front, and keys checkpoints by the run. */
class TrainCommandSafetyTest {
    private static final String[] TINY = {"--hidden", "16", "--train-limit", "600", "--test-limit", "100"};

    @TempDir
    Path dir;

    private static String[] args(String... extra) {
        List<String> all = new ArrayList<>(List.of("train"));
        all.addAll(List.of(TINY));
        if (!List.of(extra).contains("--epochs")) {
            all.addAll(List.of("--epochs", "1"));
        }
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(p -> folder.relativize(p) + (Files.isRegularFile(p) ? " " + p.toFile().length() : "")).sorted().toList();
        }
    }

    @Test
    void anExistingFolderThatIsNotAModelIsRefusedAndLeftUntouched() throws IOException {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(photos.resolve("holiday.txt"), "precious");
        Files.createDirectories(photos.resolve("2025"));
        List<String> before = listing(photos);
        CliTestSupport.run(args("--checkpoints", dir.resolve("ck").toString(), "-o", photos.toString()))
                .assertOneLineError(1, photos + ": exists and is not a model directory; choose another -o or remove it");
        assertEquals(before, listing(photos));
        assertEquals("precious", Files.readString(photos.resolve("holiday.txt")));
        assertTrue(Files.notExists(dir.resolve("ck")), "refused before training");
    }

    @Test
    void anExistingPlainFileIsRefusedAndLeftUntouched() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        CliTestSupport.run(args("-o", file.toString()))
                .assertOneLineError(1, file + ": exists and is not a model directory; choose another -o or remove it");
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void anExistingModelIsStillReplaced() throws IOException {
        Path out = dir.resolve("model");
        CliTestSupport.runOk(args("--checkpoints", dir.resolve("ck1").toString(), "-o", out.toString()));
        CliTestSupport.runOk(args("--checkpoints", dir.resolve("ck2").toString(), "--seed", "9", "-o", out.toString()));
        assertTrue(Files.readString(out.resolve("model.json")).contains("\"seed\": 9"));
    }

    @Test
    void aDataFolderWithNoImagesIsRefused() throws IOException {
        Path data = dir.resolve("empty-data");
        CliTestSupport.writeIdxSet(data, 0, 0);
        CliTestSupport.run(args("--data", data.toString(), "-o", dir.resolve("m").toString()))
                .assertOneLineError(1, data.toString(), "holds no images");
        assertTrue(Files.notExists(dir.resolve("m")));
    }

    @Test
    void impossibleSettingsAreRefusedNamingTheOption() {
        Path out = dir.resolve("m");
        CliTestSupport.run(args("--beta", "NaN", "-o", out.toString())).assertOneLineError(1, "--beta", "NaN");
        CliTestSupport.run(args("--beta", "-0.5", "-o", out.toString())).assertOneLineError(1, "--beta", "0 or more");
        CliTestSupport.run(args("--beta", "Infinity", "--kind", "classifier", "-o", out.toString())).assertOneLineError(1, "--beta");
        CliTestSupport.run(args("--lr", "0", "-o", out.toString())).assertOneLineError(1, "--lr", "above 0");
        CliTestSupport.run(args("--lr", "NaN", "-o", out.toString())).assertOneLineError(1, "--lr");
        CliTestSupport.run(args("--epochs", "0", "-o", out.toString())).assertOneLineError(1, "--epochs must be 1 or more, got 0");
        CliTestSupport.run(args("--batch", "601", "--checkpoints", dir.resolve("ck").toString(), "-o", out.toString()))
                .assertOneLineError(1, "--batch 601 is larger than the training set (600 examples); use 1..600");
        assertTrue(Files.notExists(out));
    }

    @Test
    void sizesNoModelHereCanHaveAreRefusedBeforeAnythingIsBuilt() {
        Path out = dir.resolve("m");
        CliTestSupport.run("train", "--latent", "2147483647", "-o", out.toString())
                .assertOneLineError(1, "--latent 2147483647 is out of range 1..4096");
        CliTestSupport.run("train", "--kind", "melody", "--decoder", "100000", "-o", out.toString())
                .assertOneLineError(1, "--decoder 100000 is out of range 1..8192");
        CliTestSupport.run("train", "--kind", "classifier", "--arch", "mlp", "--hidden", "8000,8000,8000,8000,8000,8000", "-o", out.toString())
                .assertOneLineError(1, "weights");
        CliTestSupport.run("train", "--kind", "melody", "--sampling", "NaN", "-o", out.toString())
                .assertOneLineError(1, "scheduled sampling", "NaN");
        assertTrue(Files.notExists(out));
    }

    @Test
    void aLossThatBecomesNaNEndsTheRunWithOneLineAndNoModel() {
        Path out = dir.resolve("m");
        CliTestSupport.run(args("--lr", "1e30", "--checkpoints", dir.resolve("ck").toString(), "-o", out.toString()))
                .assertOneLineError(1, "epoch 1, batch ", "nothing was saved; try a lower --lr");
        assertTrue(Files.notExists(out));
    }

    private static Path checkpointsOf(String... extra) {
        CommandLine cli = new CommandLine(new TrainCommand()).setCaseInsensitiveEnumValuesAllowed(true); // as Main parses it
        List<String> all = new ArrayList<>(List.of(TINY));
        all.addAll(List.of(extra));
        cli.parseArgs(all.toArray(String[]::new));
        return ((TrainCommand) cli.getCommand()).checkpointFolder();
    }

    @Test
    void checkpointsAreKeyedByTheRunNotByTheOutputFoldersName() {
        Path a = dir.resolve("a").resolve("tiny");
        Path b = dir.resolve("b").resolve("tiny");
        assertEquals(checkpointsOf("-o", a.toString()), checkpointsOf("-o", a.toString()), "the same run finds its checkpoint");
        assertEquals(checkpointsOf("-o", a.toString()), checkpointsOf("-o", a.toString(), "--resume"), "--resume is not a setting");
        assertNotEquals(checkpointsOf("-o", a.toString()), checkpointsOf("-o", b.toString()), "same name, other folder");
        assertNotEquals(checkpointsOf("-o", a.toString()), checkpointsOf("-o", a.toString(), "--lr", "0.01"));
        assertNotEquals(checkpointsOf("-o", a.toString()), checkpointsOf("-o", a.toString(), "--kind", "autoencoder"));
        assertNotEquals(checkpointsOf("-o", a.toString()), checkpointsOf("-o", a.toString(), "--seed", "7"));
        assertTrue(checkpointsOf("-o", a.toString()).getFileName().toString().startsWith("tiny-"));
    }

    @Test
    void resumeWithoutACheckpointForThisRunIsAnError() {
        Path ck = dir.resolve("ck");
        CliTestSupport.run(args("--resume", "--checkpoints", ck.toString(), "-o", dir.resolve("m").toString()))
                .assertOneLineError(1, "no checkpoint for this run at " + ck.resolve("model"), "run without --resume to start over");
        assertTrue(Files.notExists(dir.resolve("m")));
    }
}
