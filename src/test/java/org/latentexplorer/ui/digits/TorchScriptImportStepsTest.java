package org.latentexplorer.ui.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.Texts;

/** The import's steps, which TorchScriptImport tells in English, show in the window's language; a step it does not know shows as told. */
class TorchScriptImportStepsTest {

    @AfterEach
    void english() {
        Texts.useForWindow(Language.EN);
    }

    @Test
    void eachStepOfTheImportIsSaidInTheWindowsLanguage() {
        Texts.useForWindow(Language.HU);
        Texts hu = Texts.of(Language.HU);
        // as TorchScriptImport.run words them
        assertEquals(hu.format(DigitsText.IMPORT_LOADING, "My VAE.pt"), TorchScriptImporter.stepText("My VAE.pt", "loading My VAE.pt"));
        assertEquals(hu.format(DigitsText.IMPORT_CHECKING, "My VAE.pt"),
                TorchScriptImporter.stepText("My VAE.pt", "checking its shapes on 8 test images"));
        assertEquals(hu.format(DigitsText.IMPORT_MEASURING, "My VAE.pt"),
                TorchScriptImporter.stepText("My VAE.pt", "encoding and decoding 10,000 test images"));
        assertEquals(hu.format(DigitsText.IMPORT_SAVING, "My VAE.pt"), TorchScriptImporter.stepText("My VAE.pt", "saving /tmp/models/my-vae"));
        assertEquals("My VAE.pt importálása: betöltés…", TorchScriptImporter.stepText("My VAE.pt", "loading My VAE.pt"));
        assertEquals("My VAE.pt importálása: warming up…", TorchScriptImporter.stepText("My VAE.pt", "warming up"),
                "a step added later shows as the importer tells it");
    }
}
