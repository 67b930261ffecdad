package org.latentexplorer.cli;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases a hostile re-run of the file campaign found: each is one line naming the option or file, not a wrong table. */
class CampaignCasesTest {
    @TempDir
    Path dir;

    @Test
    void compareRefusesAModelOfAnotherKindInEachSlot() {
        CliTestSupport.run("compare", "--vae", "mnist-ae-2d", "--limit", "50")
                .assertOneLineError(1, "--vae mnist-ae-2d", "autoencoder model", "kind 'image'");
        CliTestSupport.run("compare", "--ae", "mnist-vae-2d", "--limit", "50")
                .assertOneLineError(1, "--ae mnist-vae-2d", "image model", "kind 'autoencoder'");
        CliTestSupport.run("compare", "--pca", "mnist-ae-2d", "--limit", "50")
                .assertOneLineError(1, "--pca mnist-ae-2d", "kind 'pca'");
    }

    @Test
    void lessonsOnATestSetOfNoImagesSayWhichFolderInsteadOfPrintingNaN() throws IOException {
        Path empty = dir.resolve("empty-set");
        CliTestSupport.writeIdxSet(empty, 0, 0);
        for (String command : new String[] {"denoise", "superres", "compare"}) {
            CliTestSupport.run(command, "--data", empty.toString())
                    .assertOneLineError(1, empty.toString(), "split holds no images");
        }
        CliTestSupport.run("ood", "--mnist-data", empty.toString())
                .assertOneLineError(1, empty.toString(), "split holds no images");
    }

    static void writeBytes(Path file, int... ints) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            for (int v : ints) {
                out.writeInt(v);
            }
        }
    }
}
