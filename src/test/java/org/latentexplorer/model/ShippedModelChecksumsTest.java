package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.latentexplorer.latent.ModelCatalog;

/** Every shipped model records a checksum of each of its files and of its sizes, and all of them verify. */
class ShippedModelChecksumsTest {
    @Test
    void everyShippedModelVerifies() throws IOException {
        List<Path> models;
        try (Stream<Path> children = Files.list(ModelCatalog.defaultRoot())) {
            models = children.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith(".")).sorted().toList();
        }
        assertTrue(models.size() >= 10, "the shipped models: " + models);
        for (Path model : models) {
            ModelCard card = ModelStore.readCard(model);
            assertNotNull(card.checksums(), model + " has checksums");
            Set<String> dataFiles = new TreeSet<>();
            try (Stream<Path> files = Files.list(model)) {
                // attribute-vectors.json is computed after the save; its own loader checks it and the parameters' checksum it names
                files.map(f -> f.getFileName().toString()).filter(n -> !n.equals(ModelStore.CARD_FILE) && !n.equals("metrics.csv")
                        && !n.equals("attribute-vectors.json")).forEach(dataFiles::add);
            }
            dataFiles.add(Checksums.SIZES);
            assertEquals(dataFiles, new TreeSet<>(card.checksums().keySet()), model + ": every data file and the sizes are listed");
            for (String name : card.checksums().keySet()) {
                if (!name.equals(Checksums.SIZES)) {
                    Checksums.verify(card, model.resolve(name));
                }
            }
            Checksums.verifySizes(card, model.resolve(ModelStore.CARD_FILE));
        }
    }
}
