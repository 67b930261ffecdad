package org.latentexplorer.data;

import java.nio.file.Path;

/**
 * The one folder where the setup puts downloaded data (MNIST, checkpoints): the {@code latent.data}
 * property the launcher and the test run pass, else {@code $LATENT_DATA}, else
 * {@code $HOME/.cache/latent-explorer} as the setup script computes it. {@code $HOME} comes before
 * Java's {@code user.home}, which ignores a changed HOME (sudo, CI runners).
 */
public final class DataRoot {
    public static final String PROPERTY = "latent.data";
    public static final String ENVIRONMENT = "LATENT_DATA";

    private DataRoot() {
    }

    public static Path path() {
        String root = System.getProperty(PROPERTY);
        if (isBlank(root)) {
            root = System.getenv(ENVIRONMENT);
        }
        if (isBlank(root)) {
            String home = System.getenv("HOME");
            return Path.of(isBlank(home) ? System.getProperty("user.home") : home, ".cache", "latent-explorer");
        }
        return Path.of(root);
    }

    /** A folder under the data root, e.g. {@code mnist} or {@code checkpoints}. */
    public static Path resolve(String name) {
        return path().resolve(name);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
