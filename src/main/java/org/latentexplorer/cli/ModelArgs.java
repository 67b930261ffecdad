package org.latentexplorer.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.latentexplorer.data.InputFiles;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelStore;
import picocli.CommandLine.Option;

/** The {@code --model} option shared by the commands that open a model: a directory, or a name under the models folder. */
final class ModelArgs {
    static final String DEFAULT_MODEL = "mnist-vae-2d";

    @Option(names = {"-m", "--model"}, defaultValue = DEFAULT_MODEL, paramLabel = "DIR|NAME",
            description = "model directory, or the name of one under the models folder (default: ${DEFAULT-VALUE})")
    String model;

    /** The model directory the option names; the exception says where it looked and which models exist. */
    Path directory() throws IOException {
        return resolve(model);
    }

    LatentSpace open() throws IOException {
        return LatentSpace.open(directory());
    }

    static Path resolve(String model) throws IOException {
        if (model.isBlank()) {
            throw new IllegalArgumentException("the model is empty: give a model directory or the name of one (e.g. mnist-vae-2d)");
        }
        Path asGiven = Path.of(model);
        if (Files.isRegularFile(asGiven)) {
            throw new FileSystemException(model, null, "is a file, not a model directory");
        }
        ModelStore.recover(asGiven);
        ModelStore.recoverFolder(ModelCatalog.defaultRoot());
        try {
            InputFiles.requireFolder(asGiven, "no such model directory");
            return asGiven;
        } catch (AccessDeniedException e) {
            throw e;
        } catch (IOException e) {
            // not a folder here: maybe a model's name
        }
        Path root = ModelCatalog.defaultRoot();
        boolean plainName = !model.isEmpty() && asGiven.getNameCount() == 1 && !model.startsWith(".");
        if (plainName && Files.isDirectory(root.resolve(model))) {
            return root.resolve(model);
        }
        String known = ModelCatalog.list(root).stream().map(ModelCatalog.Entry::name).collect(Collectors.joining(", "));
        throw new NoSuchFileException(model, null, "no such model directory"
                + (plainName ? ", and no model of that name in " + root : "")
                + (known.isEmpty() ? "" : " (models there: " + known + ")"));
    }
}
