package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One data root: the launcher's -Dlatent.data, else $LATENT_DATA, else $HOME (not Java's user.home) as the setup uses. */
class DataRootTest {
    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(DataRoot.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(DataRoot.PROPERTY);
        } else {
            System.setProperty(DataRoot.PROPERTY, saved);
        }
    }

    @Test
    void thePropertyTheLauncherPassesDecidesWhereTheDataSetsAre() {
        System.setProperty(DataRoot.PROPERTY, "/srv/latent-data");
        assertEquals(Path.of("/srv/latent-data"), DataRoot.path());
        assertEquals(Path.of("/srv/latent-data/mnist"), ImageDataset.MNIST.defaultDirectory());
        assertEquals(Path.of("/srv/latent-data/checkpoints"), DataRoot.resolve("checkpoints"));
    }

    @Test
    void withoutItTheEnvironmentDecidesAsInTheSetupScript() {
        System.setProperty(DataRoot.PROPERTY, "");
        String fromEnvironment = System.getenv(DataRoot.ENVIRONMENT);
        Path expected = fromEnvironment != null && !fromEnvironment.isBlank() ? Path.of(fromEnvironment)
                : Path.of(System.getenv("HOME"), ".cache", "latent-explorer");
        assertEquals(expected, DataRoot.path());
    }
}
