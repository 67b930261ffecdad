package org.latentexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.latentexplorer.latent.MelodySpace;
import picocli.CommandLine.Option;

/** The {@code --model} option of the melody commands: as {@link ModelArgs}, a directory or a name under models, melody-vae by default. */
final class MelodyModelArgs {
    static final String DEFAULT_MODEL = "melody-vae";

    @Option(names = {"-m", "--model"}, defaultValue = DEFAULT_MODEL, paramLabel = "DIR|NAME",
            description = "melody model directory, or the name of one under the models folder (default: ${DEFAULT-VALUE})")
    String model;

    Path directory() throws IOException {
        return ModelArgs.resolve(model);
    }

    MelodySpace open() throws IOException {
        return MelodySpace.open(directory());
    }
}
