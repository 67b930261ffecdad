package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.ModelCatalog;

/** What a killed save leaves beside a model is recovered or cleaned on the next run, which says so. */
class ModelRecoveryTest {
    /** A process id no live process has (above Linux's largest pid_max). */
    private static final long DEAD_PID = 2_147_483_646L;
    private static final VaeConfig SMALL = VaeConfig.mlp(2, 16);

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();
    private Consumer<String> previousReceiver;

    @BeforeEach
    void captureNotices() {
        previousReceiver = ModelStore.setNotices(notices::add);
    }

    @AfterEach
    void restoreNotices() {
        ModelStore.setNotices(previousReceiver);
    }

    private static ModelCard card(String name) {
        return new ModelCard(ModelCard.FORMAT_VERSION, ModelKind.IMAGE_VAE, name, "", SMALL,
                new ModelCard.Dataset("mnist", 0, 0, List.of()), new ModelCard.Training(0, 1, 0.001f, "constant", 1f, 7, 0, "none"),
                new ModelCard.Metrics(1.0, 1.0, 0.0, Map.of()), Devices.describe(Device.cpu()), "now");
    }

    private Path saved(String name) throws IOException {
        Path target = dir.resolve(name);
        try (ImageVae vae = ImageVae.create(SMALL, Device.cpu())) {
            ModelStore.save(target, vae, card(name), null);
        }
        return target;
    }

    /** The state a kill between the two renames of a swap leaves: no model at the name, the old one hidden beside it. */
    private Path killedMidSwap(String name) throws IOException {
        Path model = saved(name);
        Path previous = dir.resolve("." + name + ".previous-" + DEAD_PID + "-123");
        Files.move(model, previous);
        return previous;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aModelLeftInPreviousIsMovedBackOnLoadAndItSaysSo() throws IOException {
        killedMidSwap("digits");
        try (ModelStore.LoadedModel<ImageVae> loaded = ModelStore.loadImageVae(dir.resolve("digits"), Device.cpu())) {
            assertEquals("digits", loaded.card().name());
        }
        assertEquals(List.of("digits"), names());
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("recovered " + dir.resolve("digits")), notices.get(0));
    }

    @Test
    void aModelLeftInPreviousIsMovedBackBeforeASaveAndWhenTheCatalogLists() throws IOException {
        killedMidSwap("digits");
        saved("digits");
        assertEquals(List.of("digits"), names());
        assertTrue(notices.stream().anyMatch(n -> n.startsWith("recovered")), notices.toString());

        notices.clear();
        killedMidSwap("other");
        List<ModelCatalog.Entry> entries = ModelCatalog.list(dir);
        assertEquals(2, entries.size(), entries.toString());
        assertTrue(entries.stream().allMatch(ModelCatalog.Entry::usable), entries.toString());
        assertEquals(List.of("digits", "other"), names());
        assertTrue(notices.stream().anyMatch(n -> n.startsWith("recovered") && n.contains("other")), notices.toString());
    }

    @Test
    void anIncompletePreviousIsNotMovedIn() throws IOException {
        Path previous = killedMidSwap("digits");
        Files.delete(previous.resolve("vae-0000.params"));
        assertThrows(ModelFormatException.class, () -> ModelStore.loadImageVae(dir.resolve("digits"), Device.cpu()));
        assertTrue(Files.isDirectory(previous), "a damaged old model is left where it is");
        assertTrue(notices.isEmpty(), notices.toString());
    }

    @Test
    void abandonedSavingFoldersAreDeletedAndOnesBeingWrittenAreLeftAlone() throws IOException {
        saved("digits");
        Path dead = Files.createDirectories(dir.resolve(".digits.saving-" + DEAD_PID + "-77"));
        Files.writeString(dead.resolve("model.json"), "{");
        Path ours = Files.createDirectories(dir.resolve(".digits.saving-" + ProcessHandle.current().pid() + "-78"));
        Path oldStyle = Files.createDirectories(dir.resolve(".digits.saving-4242424242"));
        Files.setLastModifiedTime(oldStyle, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path youngOldStyle = Files.createDirectories(dir.resolve(".digits.saving-4343434343"));
        Path otherModels = Files.createDirectories(dir.resolve(".other.saving-" + DEAD_PID + "-79"));

        ModelStore.readCard(dir.resolve("digits"));
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(oldStyle));
        assertTrue(Files.exists(ours), "this process's save may still be writing it");
        assertTrue(Files.exists(youngOldStyle), "a recent folder without a process id may be a running save");
        assertTrue(Files.exists(otherModels), "loading one model cleans only its own leftovers");
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.stream().allMatch(n -> n.startsWith("removed ") && n.contains("interrupted save of digits")),
                notices.toString());
    }

    @Test
    void aSaveRefusesToReplaceAFolderOrFileThatIsNotAModel() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(folder.resolve("holiday.jpg"), "precious");
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        for (Path target : List.of(folder, file)) {
            try (ImageVae vae = ImageVae.create(SMALL, Device.cpu())) {
                ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.save(target, vae, card("x"), null));
                assertEquals(target + ": exists and is not a model directory; choose another -o or remove it", e.getMessage());
            }
        }
        assertEquals("precious", Files.readString(folder.resolve("holiday.jpg")));
        assertEquals("mine", Files.readString(file));
        assertEquals(List.of("notes.txt", "photos"), names(), "no temporary folders are left either");
    }
}
