package org.latentexplorer.ui.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuButton;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.TorchScriptFixtures;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.testfx.api.FxToolkit;

/** Open… imports a TorchScript file off the FX thread, says each step in the status line, and the new model drags like ours. */
class TorchScriptImportWindowTest extends ExplorerFxTest {
    @TempDir
    static Path scratch;
    private static Path shipped;

    @TempDir
    Path models;

    TorchScriptImportWindowTest() {
        super(120_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        shipped = copyModel(ModelCatalog.defaultRoot().resolve("mnist-vae-2d"), scratch.resolve("mnist-vae-2d"));
        registerHeadlessStage();
    }

    private void start() throws Exception {
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(shipped));
        waitUntil("the shipped model opened", () -> app.session().exploration().isOpen() && app.digitView().shown() != null);
    }

    @Test
    void anImportedModelOpensAndTheDigitUnderTheDraggedPuckIsItsDecode() throws Exception {
        start();
        MenuButton open = lookup("#open-model").queryAs(MenuButton.class);
        assertEquals("TorchScript file (.pt), imported…", onFx(() -> open.getItems().get(1).getText()));
        Path file = Files.copy(TorchScriptFixtures.file(TorchScriptFixtures.MLP_VAE), scratch.resolve("My VAE.pt"));

        interact(() -> app.digitsView().picker().importTorchScript(file, models));
        assertTrue(onFx(open::isDisabled), "no second import or open while one runs");
        assertTrue(onFx(() -> app.session().messageProperty().get()).startsWith("Importing My VAE.pt"));
        Path imported = models.resolve("my-vae");
        waitUntil("the imported model is open", () -> app.session().exploration().space() != null
                && app.session().exploration().space().directory().equals(imported) && app.digitView().shown() != null);
        assertEquals(ModelKind.IMPORTED_TORCHSCRIPT, onFx(() -> app.session().exploration().space().card().kind()));
        assertEquals(10_000, (int) onFx(() -> app.session().scatterProperty().get().size()), "the whole test set's dots");
        assertFalse(onFx(open::isDisabled));

        Point2D from = onFx(() -> app.pad().screenPointOf(0, 0));
        Point2D to = onFx(() -> app.pad().screenPointOf(0.5, -1));
        moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        waitUntil("the digit caught up with the puck", () -> app.digitView().shown() != null
                && Arrays.equals(app.digitView().shown().z(), app.session().exploration().point()));
        float[] z = onFx(() -> app.session().exploration().point());
        float[] shown = onFx(() -> app.digitView().shown().image().pixels());
        try (LatentSpace space = LatentSpace.open(imported)) {
            assertArrayEquals(space.decode(z), shown, 1e-5f, "the digit shown is the imported decoder's");
        }
        assertEquals(0.5, z[0], 0.05);
        assertEquals(-1, z[1], 0.05);

        // a second import of a file of the same name gets a folder of its own
        assertEquals(models.resolve("my-vae-2"), TorchScriptImporter.freeFolder(models, "My VAE.pt"));
    }

    @Test
    void aFileThatIsNotTorchScriptIsOneLineInTheStatusAndTheOpenModelStays() throws Exception {
        start();
        Path notes = Files.writeString(scratch.resolve("notes.pt"), "not a model");
        interact(() -> app.digitsView().picker().importTorchScript(notes, models));
        waitUntil("the failure in the status line", () -> app.session().messageProperty().get().startsWith("Could not import"));
        String message = onFx(() -> app.session().messageProperty().get());
        assertTrue(message.startsWith("Could not import notes.pt: " + notes + ": is not a TorchScript file"), message);
        assertFalse(message.contains("\n"), message);
        assertEquals(shipped, onFx(() -> app.session().exploration().space().directory()));
        assertFalse(onFx(() -> lookup("#open-model").queryAs(MenuButton.class).isDisabled()));
        try (var left = Files.list(models)) {
            assertEquals(0, left.count(), "nothing written");
        }
    }
}
