package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.ModelStore;

/** A command given a model that a killed save left half-swapped puts it back, says so, and runs. */
class InterruptedSaveTest {
    @TempDir
    Path dir;

    @Test
    void aModelLeftInPreviousIsPutBackBeforeTheCommandLooksForIt() throws IOException {
        Path copy = CliTestSupport.copyOfShippedModel("mnist-vae-2d", dir);
        Files.move(copy, dir.resolve(".mnist-vae-2d.previous-2147483646-1"));
        Files.createDirectories(dir.resolve(".mnist-vae-2d.saving-2147483646-2"));
        List<String> notices = new ArrayList<>();
        Consumer<String> previous = ModelStore.setNotices(notices::add);
        try {
            CliTestSupport.runOk("sample", "--model", copy.toString(), "-n", "4", "-o", dir.resolve("s.png").toString());
        } finally {
            ModelStore.setNotices(previous);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("mnist-vae-2d", "s.png"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.stream().anyMatch(n -> n.startsWith("recovered " + copy)), notices.toString());
    }
}
