package org.latentexplorer.ui.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.SceneTexts;
import org.latentexplorer.ui.i18n.Texts;
import org.testfx.api.FxToolkit;

/**
 * The Digits view in Finnish, Hungarian and Polish: no English word left beside the names that stay
 * (models, paths, the training command), no missing key, numbers with a decimal comma, and the
 * recorder's button and messages in the language too.
 */
class DigitsLanguageTest extends ExplorerFxTest {
    private static final Path MODEL = ModelCatalog.defaultRoot().resolve("mnist-vae-20d");
    private static List<String> english;

    DigitsLanguageTest() {
        super(30_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    @Test
    void finnishLeavesNoEnglishAndWritesDecimalCommas() throws Exception {
        Texts finnish = Texts.of(Language.FI);
        assertEquals(List.of(), leftInEnglish(Language.FI, List.of()));
        assertDecimalComma();
        assertEquals("Kiinnitä A", onFx(() -> ((Button) lookup("#pin-a").query()).getText()));
        assertEquals(List.of("suunta 1", "suunta 2"), List.of(new PlaneChoice.Principal().axisNames()), "the pad's axes (drawn, not nodes)");
        assertRecorderSpeaks(finnish);
    }

    @Test
    void hungarianLeavesNoEnglishAndWritesDecimalCommas() throws Exception {
        assertEquals(List.of(), leftInEnglish(Language.HU, List.of()));
        assertDecimalComma();
        assertEquals(List.of("1. irány", "2. irány"), List.of(new PlaneChoice.Principal().axisNames()));
        clickOn("#interpolate");
        assertEquals(Texts.of(Language.HU).text(DigitsText.PIN_FIRST), onFx(() -> app.session().messageProperty().get()),
                "a message of the session");
        assertRecorderSpeaks(Texts.of(Language.HU));
    }

    @Test
    void polishLeavesNoEnglishButTheWordsItShares() throws Exception {
        assertEquals(List.of(), leftInEnglish(Language.PL, List.of("Model")), "'Model' is Polish too");
        assertDecimalComma();
    }

    @Test
    void aFashionModelInFinnishNamesItsClassesAndImagesInFinnish() throws Exception {
        Texts.useForWindow(Language.FI);
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(ModelCatalog.defaultRoot().resolve("fashion-vae-20d")));
        waitUntil("the model opened and its first image is shown",
                () -> app.session().exploration().isOpen() && app.digitView().shown() != null);
        List<String> legend = onFx(() -> lookup(".legend-entry").queryAll().stream().map(node -> ((Label) node).getText()).toList());
        assertEquals(10, legend.size(), legend.toString());
        assertEquals("T-paita", legend.get(0));
        assertEquals("Nilkkuri", legend.get(9), "Ankle boot");
        assertEquals("Piirretty kuva", onFx(() -> ((Label) lookup("#decoded-title").query()).getText()));
        assertEquals("Tallenna kuva…", onFx(() -> ((Button) lookup("#export-digit").query()).getText()));
    }

    /** What {@code language} still shows in English in the Digits view, leaving out the names and {@code sameWords}. */
    private List<String> leftInEnglish(Language language, List<String> sameWords) throws Exception {
        if (english == null) {
            english = viewTexts(Language.EN);
            assertTrue(english.contains("Pin A") && english.contains("Latent point"), english.toString());
            closeApp();
        }
        List<String> translated = viewTexts(language);
        assertEquals(Set.of(), onFx(() -> SceneTexts.missingKeys(app.digitsView())));
        List<String> names = new ArrayList<>(sameWords);
        names.addAll(onFx(this::namesShown));
        return List.copyOf(SceneTexts.untranslated(english, translated, names));
    }

    /** Opens the 20-D model (plane chooser and all) in {@code language}; the words of the Digits view, all tabs, without the app's mode switch. */
    private List<String> viewTexts(Language language) throws Exception {
        Texts.useForWindow(language);
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(MODEL));
        waitUntil("the model opened and its first digit is shown",
                () -> app.session().exploration().isOpen() && app.digitView().shown() != null);
        clickOn(Texts.window().text(DigitsText.TAB_MANIFOLD));
        waitUntil("the grid", () -> app.session().manifoldProperty().get() != null);
        waitUntil("the engine named", () -> !app.session().engineProperty().get().equals(org.latentexplorer.ui.widgets.EngineText.starting()));
        return onFx(() -> {
            List<String> texts = new ArrayList<>(SceneTexts.of(app.digitsView()));
            Node modeSwitch = app.digitsView().toolbar().getChildren().get(0);
            if (!(modeSwitch instanceof ModelPicker)) {
                SceneTexts.of(modeSwitch).forEach(texts::remove); // the app's, translated with the window's words
            }
            return texts;
        });
    }

    /**
     * The texts that are names, not words: the model's name, folder and description, the training command, the
     * point as coordinates, the symbols z1, z2… and A → B, and the model box's lines (drawn by the shared model-box cell).
     */
    private List<String> namesShown() {
        LatentSpace space = app.session().exploration().space();
        List<String> names = new ArrayList<>(List.of(space.name(), space.directory().toAbsolutePath().normalize().toString(),
                space.card().description(), space.card().training().command(),
                ((Label) lookup("#status-z").query()).getText()));
        names.add(((Label) lookup(".digit-caption").query()).getText());
        names.add("A → B"); // the pins' letters, the same in every language
        for (int d = 1; d <= space.latentSize(); d++) {
            names.add("z" + d); // the dimensions' symbols
        }
        @SuppressWarnings("unchecked")
        ComboBox<Object> models = lookup("#model-picker").queryAs(ComboBox.class);
        models.getItems().forEach(item -> names.add(String.valueOf(item)));
        names.add(models.getButtonCell().getText());
        return names;
    }

    /** The sliders' values, the grid's caption and the test −ELBO are written with a decimal comma. */
    private void assertDecimalComma() throws Exception {
        String slider = onFx(() -> ((Label) lookup("#value-z1").query()).getText());
        assertTrue(slider.matches("[+\u2212-]\\d+,\\d\\d"), slider);
        String caption = onFx(() -> ((Label) lookup(".manifold-caption").query()).getText());
        assertTrue(caption.matches(".*u [\u2212-]?\\d+(,\\d+)? … .*") && caption.contains(","), caption);
        String elbo = onFx(() -> ((Label) lookup("#status-elbo").query()).getText());
        assertTrue(elbo.contains("96,8"), "the shipped model's test −ELBO 96.84: " + elbo);
    }

    /** Record says Stop in the language while it records, and pressing it at once says that nothing was recorded. */
    private void assertRecorderSpeaks(Texts texts) throws Exception {
        clickOn(Texts.window().text(DigitsText.TAB_PAD));
        clickOn("#record");
        assertEquals(texts.text(DigitsText.STOP), onFx(() -> ((Button) lookup("#record").query()).getText()));
        assertEquals(texts.text(DigitsText.RECORDING), onFx(() -> app.session().messageProperty().get()));
        clickOn("#record");
        assertEquals(texts.text(DigitsText.RECORD), onFx(() -> ((Button) lookup("#record").query()).getText()));
        assertEquals(texts.text(DigitsText.NOTHING_RECORDED), onFx(() -> app.session().messageProperty().get()));
    }
}
