package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.LatentSpace;

class TrainCommandTest {
    @TempDir
    Path dir;

    @Test
    void aShortImageRunSavesAModelThatRecordsItsOwnCommand() throws IOException {
        Path out = dir.resolve("tiny");
        CliTestSupport.Result result = CliTestSupport.runOk("train", "--hidden", "32", "--latent", "2", "--epochs", "1",
                "--train-limit", "600", "--test-limit", "200", "--checkpoints", dir.resolve("ck").toString(), "-o", out.toString());
        try (LatentSpace space = LatentSpace.open(out)) {
            assertEquals(2, space.latentSize());
            assertTrue(space.card().training().command().startsWith("./latent train --hidden 32"), space.card().training().command());
            assertEquals(200, space.latentMap().orElseThrow().count());
        }
        assertTrue(result.out().contains("test negative ELBO"), result.out());
    }

    @Test
    void melodyTrainingOnAFolderWithNothingUsableSaysWhatItFound() throws IOException {
        Path midi = Files.createDirectories(dir.resolve("midi"));
        Files.writeString(midi.resolve("song.mid"), "garbage");
        CliTestSupport.run("train", "--kind", "melody", "--midi", midi.toString(), "-o", dir.resolve("m").toString())
                .assertOneLineError(1, "nothing to train on", "1 MIDI files (1 unreadable)");
        assertTrue(Files.notExists(dir.resolve("m")));
    }

    @Test
    void anUnknownKindIsNamed() {
        CliTestSupport.run("train", "--kind", "drums", "-o", dir.resolve("x").toString())
                .assertOneLineError(1, "--kind must be image or melody", "drums");
    }

    @Test
    void helpDescribesBothKinds() {
        String help = CliTestSupport.runOk("train", "--help").out();
        assertTrue(help.contains("--kind") && help.contains("--midi") && help.contains("--free-bits"), help);
    }
}
