package org.latentexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.latentexplorer.model.MelodyVaeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeersTest {
    @TempDir
    Path folder;

    /** A stand-in "python" that answers the torch check and runs the peer scripts as shell scripts. */
    private Path fakePython(String torchCheck) throws IOException {
        Path python = folder.resolve("python");
        Files.writeString(python, "#!/bin/bash\nif [ \"$1\" = -c ]; then " + torchCheck + "; else script=$1; shift; exec bash \"$script\" \"$@\"; fi\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
        return python;
    }

    private Path peers(String imageOutput, String melodyOutput) throws IOException {
        Path scripts = Files.createDirectories(folder.resolve("peers"));
        Files.writeString(scripts.resolve("torch_vae.py"), "echo \"args $*\"\n" + imageOutput);
        Files.writeString(scripts.resolve("torch_melody_vae.py"), melodyOutput);
        return scripts;
    }

    @Test
    void figuresAreReadFromWhatThePeersPrint() throws Exception {
        Path scripts = peers("echo 'epoch 1 train_s 2.50 test_neg_elbo 130.1'\necho 'epoch 2 train_s 2.10 test_neg_elbo 115.0'\n"
                        + "echo 'epoch 3 train_s 2.30 test_neg_elbo 110.0'\necho 'decode_us 27.6'\n",
                "echo 'torch 2.13.0+cpu threads 2: training 1084 melodies/s (enc 128, dec 256, latent 128, batch 64)'\n"
                        + "echo 'decode one melody (32 steps, argmax): p50 9.18 ms, p99 15.61 ms'\n");
        Peers peers = Peers.find(scripts, fakePython("echo 2.13.0+cpu"), folder.resolve("env"), line -> { });
        assertEquals("2.13.0+cpu", peers.torchVersion());
        Peers.ImageVaePeer image = peers.imageVae(folder, 3, 20, 400, 2);
        assertArrayEquals(new double[] {2.5, 2.1, 2.3}, image.epochSeconds(), 1e-9);
        assertEquals(2.3, image.medianSeconds(), 1e-9);
        assertEquals(27.6, image.decodeMicros(), 1e-9);
        Peers.MelodyVaePeer melody = peers.melodyVae(new MelodyVaeConfig(128, 256, 128, 32), 64, 2, 10);
        assertEquals(1084, melody.melodiesPerSecond(), 1e-9);
        assertEquals(9.18, melody.decodeP50Millis(), 1e-9);
        assertEquals(15.61, melody.decodeP99Millis(), 1e-9);
    }

    @Test
    void aPythonWithoutTorchOrAMissingScriptIsNamed() throws Exception {
        Path scripts = peers("echo 'decode_us 1'\n", "exit 3\n");
        Peers.Unavailable noTorch = assertThrows(Peers.Unavailable.class, () -> Peers.find(scripts,
                fakePython("echo \"ModuleNotFoundError: No module named 'torch'\"; exit 1"), folder.resolve("env"), line -> { }));
        assertTrue(noTorch.getMessage().contains("cannot import torch") && noTorch.getMessage().contains("No module named 'torch'"),
                noTorch.getMessage());
        Peers peers = Peers.find(scripts, fakePython("echo 2.13"), folder.resolve("env"), line -> { });
        Peers.Unavailable noEpochs = assertThrows(Peers.Unavailable.class, () -> peers.imageVae(folder, 1, 20, 400, 2));
        assertTrue(noEpochs.getMessage().contains("printed no epoch times"), noEpochs.getMessage());
        Peers.Unavailable failed = assertThrows(Peers.Unavailable.class,
                () -> peers.melodyVae(new MelodyVaeConfig(8, 8, 4, 32), 4, 1, 1));
        assertTrue(failed.getMessage().contains("torch_melody_vae.py failed (exit 3)"), failed.getMessage());
        Files.delete(scripts.resolve("torch_vae.py"));
        Peers.Unavailable missing = assertThrows(Peers.Unavailable.class,
                () -> Peers.find(scripts, fakePython("echo 2.13"), folder.resolve("env"), line -> { }));
        assertTrue(missing.getMessage().startsWith("no peer script " + scripts.resolve("torch_vae.py")), missing.getMessage());
    }
}
