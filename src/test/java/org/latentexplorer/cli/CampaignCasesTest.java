package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
                .assertOneLineError(1, "--vae mnist-ae-2d: is an autoencoder,", "kind 'image'");
        CliTestSupport.run("compare", "--ae", "mnist-vae-2d", "--limit", "50")
                .assertOneLineError(1, "--ae mnist-vae-2d: is an image VAE,", "kind 'autoencoder'");
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

    @Test
    void trainOptionsWithoutMeaningAreRefusedBeforeTheDataIsRead() throws IOException {
        Path data = dir.resolve("data");
        CliTestSupport.writeIdxSet(data, 40, 20);
        String out = dir.resolve("model").toString();
        CliTestSupport.run("train", "--kind", "melody", "--hop", "0", "-o", out)
                .assertOneLineError(1, "--hop must divide the 16 sixteenths of a bar, got 0", "1, 2, 4, 8 or 16");
        CliTestSupport.run("train", "--kind", "melody", "--test-every", "0", "-o", out)
                .assertOneLineError(1, "--test-every must be 1 or more", "got 0");
        CliTestSupport.run("train", "--data", data.toString(), "--train-limit", "-1", "-o", out)
                .assertOneLineError(1, "--train-limit must not be negative (0 = all), got -1");
        CliTestSupport.run("train", "--data", data.toString(), "--test-limit", "-3", "-o", out)
                .assertOneLineError(1, "--test-limit must not be negative (0 = all), got -3");
        CliTestSupport.run("train", "--kind", "melody", "--map-limit", "-1", "-o", out)
                .assertOneLineError(1, "--map-limit must not be negative (0 = all), got -1");
        CliTestSupport.run("train", "--data", data.toString(), "-o", "")
                .assertOneLineError(1, "-o is empty");
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        CliTestSupport.run("train", "--data", data.toString(), "--checkpoints", file.toString(), "-o", out)
                .assertOneLineError(1, "--checkpoints " + file + ": is a file, not a folder");
        CliTestSupport.run("corpus", "--test-every", "-1", dir.toString())
                .assertOneLineError(1, "--test-every must be 1 or more", "got -1");
        assertFalse(Files.exists(dir.resolve("model")));
    }

    @Test
    void anOutputNoSaveCouldKeepIsRefusedBeforeTraining() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc")), "/proc: a folder that takes no new files");
        Path data = dir.resolve("data");
        CliTestSupport.writeIdxSet(data, 40, 20);
        CliTestSupport.Result r = CliTestSupport.run("train", "--data", data.toString(), "--epochs", "1", "--batch", "8",
                "-o", "/proc/latent-campaign-model");
        r.assertOneLineError(1, "/proc/latent-campaign-model: cannot write");
        Path blocked = Files.writeString(dir.resolve("a-file"), "mine");
        CliTestSupport.run("train", "--data", data.toString(), "--epochs", "1", "--batch", "8",
                "-o", blocked.resolve("sub/model").toString()).assertOneLineError(1, "cannot write: " + blocked + " is not a folder");
        assertEquals("mine", Files.readString(blocked));
    }

    @Test
    void emptyNamesAndAFileGivenAsAModelSayWhatIsWrong() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        CliTestSupport.run("decode", "-m", file.toString(), "--z", "0,0")
                .assertOneLineError(1, file + ": is a file, not a model directory");
        CliTestSupport.run("decode", "-m", "", "--z", "0,0").assertOneLineError(1, "the model is empty");
        CliTestSupport.run("superres", "--models", "", "--limit", "5").assertOneLineError(1, "the model is empty");
        CliTestSupport.run("sample", "-n", "1", "-o", "").assertOneLineError(1, "the output file name (-o) is empty");
        CliTestSupport.run("train", "--kind", "melody", "--warmup-epochs", "-1", "-o", dir.resolve("m").toString())
                .assertOneLineError(1, "--warmup-epochs must not be negative, got -1");
        CliTestSupport.run("train", "--kind", "melody", "--transpose", "-2", "-o", dir.resolve("m").toString())
                .assertOneLineError(1, "--transpose must not be negative", "got -2");
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void anUnknownLayoutInTheCardIsNamedNotCalledAMissingSection() throws IOException {
        Path model = CliTestSupport.copyOfShippedModel("mnist-vae-2d", dir);
        Path card = model.resolve("model.json");
        Files.writeString(card, Files.readString(card).replace("\"architecture\": \"MLP\"", "\"architecture\": \"RNN\""));
        CliTestSupport.run("decode", "-m", model.toString(), "--z", "0,0")
                .assertOneLineError(1, card + ": architecture.architecture \"RNN\" is not one of \"MLP\", \"CONV\"");
    }
}
