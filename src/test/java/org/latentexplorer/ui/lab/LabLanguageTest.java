package org.latentexplorer.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentexplorer.latent.DigitReader;
import org.latentexplorer.lessons.MapComparison;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.SceneTexts;
import org.latentexplorer.ui.i18n.Texts;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Lab's five pages, opened and measured, speak the window's language: no English left, no missing key, numbers with the language's decimal sign. */
class LabLanguageTest extends ExplorerFxTest {
    /** What reads the same in every language: data sets, models, measures. */
    private static final Set<String> NAMES = names();

    LabLanguageTest() {
        super(120_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    private static Set<String> names() {
        List<String> names = new ArrayList<>(List.of("MNIST VAE", "Fashion-MNIST VAE", "MSE", "PSNR", "SSIM"));
        for (String model : MapComparison.SHIPPED) {
            names.add(model);
        }
        names.add("VAE — " + MapComparison.VAE);
        names.add("PCA — " + MapComparison.PCA);
        return Set.copyOf(names);
    }

    /** The texts the Lab's tabs show once every page has opened its models and shown its figures. */
    private List<String> openEveryPage(Language language) throws Exception {
        Texts.useForWindow(language);
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(null, ExplorerApp.Mode.LAB,
                org.latentexplorer.music.MelodyPlayer.SynthesizerSource.DEFAULT));
        waitUntil("the lab is shown", () -> app.labView() != null);
        LabView lab = app.labView();
        List<Callable<Boolean>> ready = List.of(() -> lab.compare().figures() != null, () -> lab.denoise().result() != null,
                () -> lab.superRes().result() != null, () -> lab.draw().resource() != null, () -> lab.ood().examples() != null);
        for (int tab = 0; tab < ready.size(); tab++) {
            int index = tab;
            onFx(() -> {
                lab.tabs().getSelectionModel().select(index);
                return null;
            });
            waitUntil("page " + tab + " opened in " + language, ready.get(tab));
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = onFx(() -> SceneTexts.of(lab.tabs()));
        assertEquals(Set.of(), onFx(() -> SceneTexts.missingKeys(lab.tabs())), language + ": keys missing");
        return texts;
    }

    private List<String> openedIn(Language language) throws Exception {
        try {
            return openEveryPage(language);
        } finally {
            closeApp();
            app = null;
        }
    }

    @Test
    void everyPageSpeaksFinnishAndHungarianWithTheirDecimalComma() throws Exception {
        List<String> english = openedIn(Language.EN);
        assertTrue(english.contains("Draw a digit on the black square."), "the English page is read: " + english);
        for (Language language : List.of(Language.FI, Language.HU)) {
            List<String> texts = openedIn(language);
            assertEquals(Set.of(), SceneTexts.untranslated(english, texts, NAMES), language + ": English left");
            assertTrue(texts.contains(Texts.of(language).text(LabText.DRAW_PROMPT)), language + ": " + texts);
            String figures = texts.stream().filter(t -> t.startsWith(Texts.of(language).text(LabText.ROW_MSE))).findFirst().orElseThrow();
            assertTrue(figures.matches("(?s).*\\d,\\d+.*"), language + " writes a decimal comma: " + figures);
            assertFalse(figures.matches("(?s).*\\d\\.\\d+.*"), language + " writes no decimal point: " + figures);
            assertTrue(texts.stream().anyMatch(t -> t.contains(DigitReader.SHIPPED)), "the classifier's name stays in the summary");
        }
    }
}
