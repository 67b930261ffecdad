package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;

/** The model directories under a folder (by default the repository's {@code models/}). */
public final class ModelCatalog {
    /** One entry: a readable card, or the reason the folder is not a usable model. */
    public record Entry(Path directory, ModelCard card, String problem) {
        public boolean usable() {
            return card != null;
        }

        public String name() {
            return directory.getFileName().toString();
        }
    }

    private ModelCatalog() {
    }

    public static Path defaultRoot() {
        return Path.of(System.getProperty("latent.models", "models"));
    }

    /** One directory's entry: its card, or why it is not a usable model. */
    public static Entry entry(Path directory) {
        try {
            return new Entry(directory, ModelStore.readCard(directory), null);
        } catch (IOException e) {
            return new Entry(directory, null, e.getMessage());
        }
    }

    /**
     * The models of one kind under {@code root}, with the unusable folders, so that a picker can show what is wrong with
     * them; the image VAEs include the imported ones, which open wherever ours do.
     */
    public static List<Entry> list(Path root, ModelKind kind) {
        return list(root).stream().filter(e -> !e.usable() || e.card().kind() == kind
                || kind == ModelKind.IMAGE_VAE && e.card().kind().isImageVae()).toList();
    }

    public static List<Entry> list(Path root) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return entries;
        }
        ModelStore.recoverFolder(root);
        try (Stream<Path> children = Files.list(root)) {
            for (Path dir : children.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                try {
                    entries.add(new Entry(dir, ModelStore.readCard(dir), null));
                } catch (IOException e) {
                    entries.add(new Entry(dir, null, e.getMessage()));
                }
            }
        } catch (IOException e) {
            entries.add(new Entry(root, null, root + ": cannot list (" + e.getMessage() + ")"));
        }
        return entries;
    }
}
