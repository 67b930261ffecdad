package org.latentexplorer.train;

import java.nio.file.Path;

/** Everything one PCA fit needs: how many axes, which images, where to save, and the command that asked. */
public record PcaPlan(int components, ImageSource source, Path output, String command) {
    public PcaPlan {
        if (components < 1) {
            throw new IllegalArgumentException("components must be at least 1, got " + components);
        }
    }

    public String name() {
        return output.toAbsolutePath().normalize().getFileName().toString();
    }
}
