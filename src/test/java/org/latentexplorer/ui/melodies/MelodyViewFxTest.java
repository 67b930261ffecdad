package org.latentexplorer.ui.melodies;

import java.nio.file.Path;
import javax.sound.midi.MidiUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.testfx.api.FxToolkit;

/**
 * What the Melodies view's tests share (headless, Monocle): a private copy of the shipped melody model, a reference
 * space to compare with, and an audio source that fails as it does on a machine without a sound card.
 */
abstract class MelodyViewFxTest extends ExplorerFxTest {
    static final MelodyPlayer.SynthesizerSource NO_SOUND_CARD = () -> {
        throw new MidiUnavailableException("Can not open line");
    };

    @TempDir
    static Path scratch;
    /** A private copy of the melody model, so a training run rewriting models/ cannot change it mid-test. */
    static Path model;
    static MelodySpace reference;

    MelodyViewFxTest() {
        super(60_000);
    }

    @BeforeAll
    static void copyTheModelAndRegisterTheStage() throws Exception {
        model = copyModel(ModelCatalog.defaultRoot().resolve("melody-vae"), scratch.resolve("melody-vae"));
        reference = MelodySpace.open(model);
        registerHeadlessStage();
    }

    @AfterAll
    static void closeReference() {
        if (reference != null) {
            reference.close();
        }
    }

    /** The app in the Melodies view, once the model is open and its first melody shown. */
    MelodyView start() throws Exception {
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(model, ExplorerApp.Mode.MELODIES, NO_SOUND_CARD));
        waitUntil("the melody model opened and its first melody is shown",
                () -> app.melodyView() != null && app.melodyView().session().space() != null && app.melodyView().shown() != null);
        return app.melodyView();
    }
}
