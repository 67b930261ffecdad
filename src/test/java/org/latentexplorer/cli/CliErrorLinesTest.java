package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.InputFiles;
import org.latentexplorer.train.Schedule;
import picocli.CommandLine;

/** Every failure of the command line is one line naming the file or option, the problem, and the accepted values. */
class CliErrorLinesTest {
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
    void hugeCountsAreRefusedWithTheirRangeBeforeAnythingIsAllocated() {
        Path png = dir.resolve("x.png");
        CliTestSupport.run("sample", "--model", model.toString(), "-n", "2000000000", "-o", png.toString())
                .assertOneLineError(1, "-n must be at most 10000, got 2000000000 (accepted: 1 to 10000)");
        CliTestSupport.run("sample", "--model", model.toString(), "-n", "4", "--grid-cols", "2000000000", "-o", png.toString())
                .assertOneLineError(1, "--grid-cols must be at most 10000");
        CliTestSupport.run("interpolate", "--model", model.toString(), "--from", "0,0", "--to", "1,1", "--frames", "2000000000",
                "-o", png.toString()).assertOneLineError(1, "--frames must be at most 500, got 2000000000 (accepted: 2 to 500)");
        CliTestSupport.run("sample", "--model", model.toString(), "-n", "10000", "--scale", "64", "-o", png.toString())
                .assertOneLineError(1, "the picture would be 179200 x 179200 pixels, more than 16384 a side: lower -n, --grid-cols or --scale");
        CliTestSupport.run("bench", "--only", "decode", "--decodes", "2000000000")
                .assertOneLineError(1, "--decodes must be at most 10000000");
        assertFalse(Files.exists(png));
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineNotATrace() {
        Path png = Path.of("/proc/latent-explorer-sample.png");
        assumeTrue(Files.isDirectory(png.getParent()), "Linux /proc");
        CliTestSupport.run("sample", "--model", model.toString(), "-n", "2", "-o", png.toString())
                .assertOneLineError(1, png + ": cannot write (");
        CliTestSupport.run("decode", "--model", model.toString(), "--z", "0,0", "-o", png.toString())
                .assertOneLineError(1, png + ": cannot write (");
        Path csv = dir.resolve("missing-folder").resolve("z.csv");
        CliTestSupport.run("encode", "--model", model.toString(), "--image", writeDigit().toString(), "-o", csv.toString())
                .assertOneLineError(1, csv + ": cannot write: folder " + csv.getParent() + " does not exist");
        CliTestSupport.run("sample", "--model", model.toString(), "-n", "2", "-o", dir.toString())
                .assertOneLineError(1, dir + ": cannot write: it is a folder");
    }

    @Test
    void theWindowTakesAModelByNameLikeTheOtherCommandsAndNamesAModelThatIsNotThere() {
        CliTestSupport.run("explore", "--model", "no-such-model")
                .assertOneLineError(1, "no-such-model: no such model directory, and no model of that name in");
        CliTestSupport.run("--model", "no-such-model")
                .assertOneLineError(1, "no-such-model: no such model directory");
    }

    @Test
    void aWrittenSheetReplacesTheOldOneWholeAndIsReadableByOthers() throws IOException {
        Path png = dir.resolve("sheet.png");
        Files.writeString(png, "an old file of the user's");
        CliTestSupport.runOk("sample", "--model", model.toString(), "-n", "2", "-o", png.toString());
        CliTestSupport.readPng(png);
        Path usual = Files.createFile(dir.resolve("usual"));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(png));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("sheet.png", "usual"), files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file");
        }
    }

    private Path writeDigit() {
        Path png = dir.resolve("digit.png");
        CliTestSupport.runOk("decode", "--model", model.toString(), "--z", "0,0", "--scale", "1", "-o", png.toString());
        return png;
    }

    @Test
    void anEnumOptionNamesTheAcceptedValuesAndIgnoresCase() {
        CliTestSupport.Result r = CliTestSupport.run("train", "--schedule", "linear", "-o", dir.resolve("m").toString());
        assertEquals(2, r.exitCode());
        assertEquals(List.of("error: --schedule: 'linear' is not one of constant, cosine"), r.errLines());
        CliTestSupport.Result arch = CliTestSupport.run("train", "--arch", "rnn", "-o", dir.resolve("m").toString());
        assertEquals(List.of("error: --arch: 'rnn' is not one of mlp, conv"), arch.errLines());

        CommandLine cli = Main.commandLine();
        CommandLine.ParseResult parsed = cli.parseArgs("train", "--schedule", "Cosine", "-o", "m");
        assertEquals(Schedule.COSINE, parsed.subcommand().matchedOptionValue("--schedule", null));
    }

    @Test
    void otherUsageMistakesAreOneLinePointingToHelp() {
        CliTestSupport.Result unknown = CliTestSupport.run("sample", "--colour", "red", "-o", "x.png");
        assertEquals(2, unknown.exitCode());
        assertEquals(1, unknown.errLines().size(), unknown.err());
        assertTrue(unknown.errLines().get(0).startsWith("error: Unknown options: '--colour', 'red'"), unknown.err());
        assertTrue(unknown.errLines().get(0).endsWith("(see latent sample --help)"), unknown.err());
        CliTestSupport.Result notANumber = CliTestSupport.run("sample", "-n", "many", "-o", "x.png");
        assertEquals(List.of("error: Invalid value for option '--count': 'many' is not an int (see latent sample --help)"), notANumber.errLines());
    }

    @Test
    void fileSystemFailuresBecomeOneLineNamingTheFileAndTheRealProblem() {
        assertEquals("/data/mnist: cannot be read (permission denied)", Main.describe(InputFiles.denied(Path.of("/data/mnist"))));
        assertEquals("/data/x: permission denied", Main.describe(new AccessDeniedException("/data/x")));
        assertEquals("/out/x.png: cannot write (permission denied)",
                Main.describe(new AccessDeniedException("/out/x.png", null, "cannot write (permission denied)")));
        assertEquals("/data/x: no such file or folder", Main.describe(new NoSuchFileException("/data/x")));
        assertEquals("/data/x: is not a folder", Main.describe(new NotDirectoryException("/data/x")));
        assertEquals("/mnt/cd/x.png: read-only file system", Main.describe(new FileSystemException("/mnt/cd/x.png", null, "Read-only file system")));
        assertEquals("/root/x.png: permission denied", Main.describe(new FileNotFoundException("/root/x.png (Permission denied)")));
        assertEquals("/nope/x.png: no such file or folder", Main.describe(new FileNotFoundException("/nope/x.png (No such file or directory)")));
        assertTrue(Main.describe(new OutOfMemoryError("Java heap space")).startsWith("out of memory"));
    }

    @Test
    void aFolderWithoutReadPermissionIsNotCalledMissing() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // root reads through permission bits, so this can only be seen as another user
            assumeFalse(Files.isReadable(locked), "running as root: permission bits are not enforced");
            CliTestSupport.run("corpus", locked.toString()).assertOneLineError(1, locked + ": cannot be read (permission denied)");
            CliTestSupport.run("encode", "--model", model.toString(), "--data", locked.toString())
                    .assertOneLineError(1, locked + ": cannot be read (permission denied)");
            CliTestSupport.run("corpus", locked.resolve("song.mid").toString())
                    .assertOneLineError(1, locked.resolve("song.mid") + ": cannot be read (permission denied)");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void imagesOfTheWrongSizeAreRefusedBeforeEncoding() throws IOException {
        Path data = dir.resolve("data32");
        Files.createDirectories(data);
        byte[] images = new byte[16 + 2 * 32 * 32];
        java.nio.ByteBuffer.wrap(images).putInt(0x00000803).putInt(2).putInt(32).putInt(32);
        Files.write(data.resolve("t10k-images-idx3-ubyte"), images);
        Files.write(data.resolve("t10k-labels-idx1-ubyte"), new byte[] {0, 0, 8, 1, 0, 0, 0, 2, 3, 4});
        CliTestSupport.run("encode", "--model", model.toString(), "--data", data.toString())
                .assertOneLineError(1, data.resolve("t10k-images-idx3-ubyte") + ": images are 32x32, expected 28x28");
    }
}
