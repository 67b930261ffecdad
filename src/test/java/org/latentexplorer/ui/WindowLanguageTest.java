package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.SceneTexts;
import org.latentexplorer.ui.i18n.Texts;
import org.testfx.api.FxToolkit;

/** The window frame in English, Finnish and Hungarian: the mode switch, the title of each mode, and the dialog when a model cannot open. */
class WindowLanguageTest extends ExplorerFxTest {
    @TempDir
    Path dir;

    WindowLanguageTest() {
        super(60_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    /** The mode switch's words, the window's title in each mode, and the open-failure dialog's words, in {@code language}. */
    private List<String> frameWordsIn(Language language) throws Exception {
        Texts.useForWindow(language);
        Path model = ModelCatalog.defaultRoot().resolve("mnist-vae-2d");
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(model));
        waitUntil("the model opened", () -> app.session().exploration().isOpen());
        Stage stage = onFx(() -> (Stage) app.digitsView().getScene().getWindow());
        Node modeSwitch = lookup("#mode-digits").query().getParent();
        List<String> words = new ArrayList<>(onFx(() -> SceneTexts.of(modeSwitch)));
        assertEquals(Set.of(), onFx(() -> SceneTexts.missingKeys(modeSwitch)));
        assertEquals("Latent Explorer — mnist-vae-2d", onFx(stage::getTitle), "a model's folder name stays as it is");
        for (String mode : List.of("#mode-train", "#mode-lab")) {
            clickOn(mode);
            words.add(onFx(stage::getTitle));
        }
        clickOn("#mode-digits");

        Path broken = Files.createDirectories(dir.resolve("garbage-model"));
        Files.writeString(broken.resolve("model.json"), "this is not { json");
        interact(() -> app.session().open(broken));
        waitUntil("the error dialog", () -> lookup("#open-failure").tryQuery().isPresent());
        DialogPane dialog = lookup("#open-failure").queryAs(DialogPane.class);
        words.addAll(onFx(() -> SceneTexts.of(dialog)));
        words.add(onFx(() -> ((Stage) dialog.getScene().getWindow()).getTitle()));
        String content = onFx(dialog::getContentText);
        assertTrue(content.contains("model.json"), "the core's own line is kept: " + content);
        words.add(content.substring(content.indexOf("\n\n") + 2));
        assertTrue(onFx(() -> dialog.getHeaderText()).contains(broken.toString()), "the folder is named");
        ButtonType ok = onFx(() -> dialog.getButtonTypes().get(0));
        interact(() -> ((Button) dialog.lookupButton(ok)).fire());
        closeApp();
        app = null;
        return words;
    }

    @Test
    void theFrameSpeaksTheChosenLanguage() throws Exception {
        List<String> english = frameWordsIn(Language.EN);
        assertTrue(english.containsAll(List.of("Digits", "Melodies", "Lab", "Train", "Latent Explorer — Train", "Latent Explorer — Lab",
                "Cannot open model", "The previous model stays open.", "OK")), english.toString());

        List<String> finnish = frameWordsIn(Language.FI);
        assertTrue(finnish.containsAll(List.of("Numerot", "Opeta", "Latent Explorer — Opeta", "Mallia ei voi avata",
                "Edellinen malli pysyy auki.")), finnish.toString());
        List<String> hungarian = frameWordsIn(Language.HU);
        for (List<String> translated : List.of(finnish, hungarian)) {
            assertEquals(english.size(), translated.size(), translated.toString());
            assertEquals(Set.of(), SceneTexts.untranslated(english, translated, Set.of("OK")), translated.toString());
        }
    }
}
