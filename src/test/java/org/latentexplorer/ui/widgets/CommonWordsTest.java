package org.latentexplorer.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.Texts;

/** What the shared widgets write in the window's language: latent points, class names, a missing file. */
class CommonWordsTest {

    @AfterEach
    void backToEnglish() {
        Texts.useForWindow(Language.EN);
    }

    @Test
    void aLatentPointIsWrittenWithTheLanguagesDecimalSignAndSeparator() {
        float[] point = {0.531f, -1.2f};
        Texts.useForWindow(Language.EN);
        assertEquals("(0.53, -1.20)", LatentText.brief(point));
        assertEquals("(0.10, 0.00, 2.00, … 2 more)", LatentText.brief(new float[] {0.1f, -0.001f, 2, 3, 4}), "no minus on a zero");
        Texts.useForWindow(Language.MS);
        assertEquals("(0.53, -1.20)", LatentText.brief(point), "Malay writes a decimal point too");

        Texts.useForWindow(Language.FI);
        String finnish = LatentText.brief(point);
        assertTrue(finnish.matches("\\(0,53; [-\u2212]1,20\\)"), "a decimal comma, so the values are parted by a semicolon: " + finnish);
        Texts.useForWindow(Language.HU);
        String hungarian = LatentText.brief(new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f});
        assertEquals("(0,10; 0,20; 0,30; … és még 3)", hungarian);
        Texts.useForWindow(Language.NL);
        assertEquals("1.5,-2.0", LatentText.forClipboard(new float[] {1.5f, -2f}), "the clipboard keeps what --z takes, in any language");
    }

    @Test
    void fashionMnistsClassesAreNamedInTheLanguageAndOtherNamesStayAsTheyAre() {
        List<String> fashion = ImageDataset.FASHION_MNIST.classNames();
        Texts.useForWindow(Language.HU);
        List<String> hungarian = ClassNames.shown(fashion);
        assertEquals(10, hungarian.size());
        assertEquals("Póló", hungarian.get(0));
        assertEquals("Bokacsizma", hungarian.get(9));
        Texts.useForWindow(Language.FI);
        assertEquals("Housut", ClassNames.shown(fashion).get(1));
        List<String> folders = List.of("Bag", "cats", "dogs");
        assertEquals(folders, ClassNames.shown(folders), "a folder's names are the user's: not translated even where one matches");
        assertEquals(ImageDataset.MNIST.classNames(), ClassNames.shown(ImageDataset.MNIST.classNames()));
        Texts.useForWindow(Language.EN);
        assertEquals("Trousers", ClassNames.shown(fashion).get(1));
    }

    @Test
    void aMissingFileIsFramedInTheLanguageAndACoreMessageIsKept() {
        Texts.useForWindow(Language.PL);
        assertEquals("/tmp/gone.png: nie ma takiego pliku", Problems.describe(new NoSuchFileException("/tmp/gone.png")));
        assertEquals("model.json: not valid model JSON", Problems.describe(new IllegalStateException("model.json: not valid model JSON")),
                "the core's one line stays as it was written");
        Texts.useForWindow(Language.EN);
        assertEquals("/tmp/gone.png: no such file", Problems.describe(new NoSuchFileException("/tmp/gone.png")));
    }
}
