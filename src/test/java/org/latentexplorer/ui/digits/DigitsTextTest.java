package org.latentexplorer.ui.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.testfx.api.FxToolkit;

/** What the Digits view says and takes as text: the grid-size box, the Model tab, nouns, fading messages. */
class DigitsTextTest extends ExplorerFxTest {

    DigitsTextTest() {
        super(30_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    private void start(String model) throws Exception {
        Path directory = ModelCatalog.defaultRoot().resolve(model);
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(directory));
        waitUntil("the model opened and its first image is shown",
                () -> app.session().exploration().isOpen() && app.digitView().shown() != null);
    }

    @Test
    void theGridSizeCanBeTypedCommittedOnEnterOrFocusLossAndIsClamped() throws Exception {
        start("mnist-vae-2d");
        clickOn("Manifold");
        @SuppressWarnings("unchecked")
        Spinner<Integer> spinner = lookup("#grid-size").queryAs(Spinner.class);
        TextField editor = onFx(spinner::getEditor);

        typeInto(editor, "12");
        type(KeyCode.ENTER);
        assertEquals(12, (int) onFx(() -> app.session().gridSizeProperty().get()), "typed 12 + Enter");

        typeInto(editor, "99");
        type(KeyCode.ENTER);
        assertEquals(30, (int) onFx(() -> app.session().gridSizeProperty().get()), "99 is clamped to 30");
        assertEquals("30", onFx(editor::getText));

        typeInto(editor, "x");
        type(KeyCode.ENTER);
        assertEquals(30, (int) onFx(() -> app.session().gridSizeProperty().get()), "text that is no number keeps the size");
        assertEquals("30", onFx(editor::getText));
        assertTrue(onFx(() -> app.session().exploration().pinAProperty().get() == null), "letters typed are text, not shortcuts");

        typeInto(editor, "3");
        clickOn("#reset-view");
        assertEquals(5, (int) onFx(() -> app.session().gridSizeProperty().get()), "3, then focus elsewhere: clamped to 5");
        waitUntil("the 5x5 grid", () -> app.session().manifoldProperty().get() != null
                && app.session().manifoldProperty().get().size() == 5);
    }

    private void typeInto(TextField editor, String text) throws Exception {
        clickOn(editor);
        interact(editor::selectAll);
        write(text);
    }

    @Test
    void theModelTabNamesTheDeviceAndTheDateAsPeopleDo() throws Exception {
        start("mnist-vae-2d");
        clickOn("Model");
        List<String> values = onFx(() -> lookup(".summary-value").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList());
        assertFalse(values.isEmpty());
        assertTrue(values.stream().noneMatch(text -> text.contains("cpu()") || text.contains("gpu(")), values.toString());
        assertTrue(values.stream().anyMatch(text -> text.endsWith(" on CPU")), values.toString());
        assertTrue(values.stream().anyMatch(text -> text.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")),
                "the date to the minute: " + values);
        assertTrue(values.stream().noneMatch(text -> text.matches(".*\\d{2}:\\d{2}:\\d{2}\\.\\d+Z.*")), "no nanoseconds: " + values);
    }

    @Test
    void aFashionModelDecodesImagesNotDigits() throws Exception {
        start("fashion-vae-20d");
        List<String> titles = onFx(() -> lookup(".section-title").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList());
        assertTrue(titles.contains("Decoded image"), titles.toString());
        assertTrue(titles.stream().noneMatch(text -> text.contains("digit")), titles.toString());
        Node export = lookup("#export-digit").query();
        assertEquals("Export image…", onFx(() -> ((Button) export).getText()));
    }

    @Test
    void aStatusMessageFadesAfterAFewSecondsLeavingTheModelSummary() throws Exception {
        start("mnist-vae-2d");
        Label message = lookup("#status-message").queryAs(Label.class);
        interact(() -> app.session().messageProperty().set("Copied z to the clipboard"));
        assertEquals("Copied z to the clipboard", onFx(message::getText));
        long shown = System.currentTimeMillis();
        waitUntil("the message to fade", () -> message.getText().isEmpty());
        long stayed = System.currentTimeMillis() - shown;
        assertTrue(stayed >= 2_000 && stayed <= 15_000, "stayed " + stayed + " ms");
        assertTrue(onFx(() -> ((Label) lookup("#status-model").query()).getText()).startsWith("mnist-vae-2d"));

        interact(() -> app.session().messageProperty().set("Copied z to the clipboard"));
        assertEquals("Copied z to the clipboard", onFx(message::getText), "the same message said again shows again");
        assertEquals(1.0, onFx(message::getOpacity), 1e-9);
    }
}
