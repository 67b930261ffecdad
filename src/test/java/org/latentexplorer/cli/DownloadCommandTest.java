package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code download}: only MNIST can be fetched, and MNIST already there is not fetched again. */
class DownloadCommandTest {
    @Test
    void fashionMnistIsSaidToComeFromDebian(@TempDir Path data) {
        CliTestSupport.run("download", "fashion-mnist", "--data", data.resolve("f").toString())
                .assertOneLineError(1, "'fashion-mnist' cannot be downloaded: use mnist", "sudo apt install dataset-fashion-mnist");
        assertFalse(Files.exists(data.resolve("f")));
    }

    @Test
    void mnistAlreadyThereIsLeftAsItIs(@TempDir Path data) throws Exception {
        for (String name : new String[] {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
            Files.writeString(data.resolve(name), "mine");
        }
        CliTestSupport.Result r = CliTestSupport.run("download", "MNIST", "--data", data.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("MNIST is already in " + data, r.out().strip());
        assertEquals("mine", Files.readString(data.resolve("train-images-idx3-ubyte")));
    }
}
