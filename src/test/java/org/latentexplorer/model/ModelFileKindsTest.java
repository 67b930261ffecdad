package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.ModelCatalog;

/** A model's files that are not regular files: each named with what it is, never read as something else or waited on. */
class ModelFileKindsTest {
    private static final String PARAMS = "vae-0000.params";

    @TempDir
    Path dir;

    private Path copyOfShipped() throws IOException {
        Path model = dir.resolve("model");
        Files.createDirectories(model);
        try (Stream<Path> files = Files.list(ModelCatalog.defaultRoot().resolve("mnist-vae-2d"))) {
            for (Path f : files.toList()) {
                Files.copy(f, model.resolve(f.getFileName()));
            }
        }
        return model;
    }

    @Test
    void aParameterFileThatIsANamedPipeIsRefusedAtOnce() throws Exception {
        Path model = copyOfShipped();
        Files.delete(model.resolve(PARAMS));
        Process mkfifo = new ProcessBuilder("mkfifo", model.resolve(PARAMS).toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to make a named pipe");
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(IOException.class, () -> ModelStore.loadImageVae(model)));
        assertEquals(model.resolve(PARAMS) + ": is not a regular file", e.getMessage());
    }

    @Test
    void aPcaFileThatIsANamedPipeIsRefusedAtOnceNotCalledMissing() throws Exception {
        Path model = dir.resolve("pca");
        Files.createDirectories(model);
        try (Stream<Path> files = Files.list(ModelCatalog.defaultRoot().resolve("mnist-pca-2d"))) {
            for (Path f : files.toList()) {
                Files.copy(f, model.resolve(f.getFileName()));
            }
        }
        Path pca = model.resolve(PcaModel.FILE);
        Files.delete(pca);
        assumeTrue(new ProcessBuilder("mkfifo", pca.toString()).start().waitFor() == 0, "mkfifo is needed to make a named pipe");
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(IOException.class, () -> ModelStore.loadPca(model)));
        assertEquals(pca + ": is not a regular file", e.getMessage());
    }

    @Test
    void aParameterFileThatIsAFolderIsCalledAFolder() throws IOException {
        Path model = copyOfShipped();
        Files.delete(model.resolve(PARAMS));
        Files.createDirectory(model.resolve(PARAMS));
        IOException e = assertThrows(IOException.class, () -> ModelStore.loadImageVae(model));
        assertEquals(model.resolve(PARAMS) + ": is a folder, not a file", e.getMessage());
    }

    @Test
    void aCardThatIsAFolderOrADeviceIsNotCalledMissing() throws IOException {
        Path model = copyOfShipped();
        Path card = model.resolve(ModelStore.CARD_FILE);
        Files.delete(card);
        Files.createDirectory(card);
        assertEquals(card + ": is a folder, not a file", assertThrows(ModelFormatException.class, () -> ModelStore.loadImageVae(model)).getMessage());
        Files.delete(card);
        Files.createSymbolicLink(card, Path.of("/dev/zero"));
        assertEquals(card + ": is not a regular file", assertThrows(ModelFormatException.class, () -> ModelStore.loadImageVae(model)).getMessage());
    }
}
