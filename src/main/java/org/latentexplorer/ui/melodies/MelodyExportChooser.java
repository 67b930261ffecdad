package org.latentexplorer.ui.melodies;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentexplorer.data.Melody;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.CommonText;
import org.latentexplorer.ui.widgets.Problems;
import org.latentexplorer.ui.widgets.SaveFolders;

/** Asks where to save a melody as MIDI or WAV, writes it off the FX thread and says how it went in the status line. */
final class MelodyExportChooser {
    /** Writes what is to be saved into {@code file}; returns the melody written. */
    interface Writer {
        Melody write(Path file) throws IOException;
    }

    private MelodyExportChooser() {
    }

    static void chooseAndSave(Window owner, MelodySession session, String baseName, boolean wav, Writer writer) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle((wav ? MelodiesText.EXPORT_WAV : MelodiesText.EXPORT_MIDI).text());
        chooser.setInitialFileName(baseName + (wav ? ".wav" : ".mid"));
        chooser.getExtensionFilters().add(wav ? new FileChooser.ExtensionFilter(MelodiesText.WAV_AUDIO.text(), "*.wav")
                : new FileChooser.ExtensionFilter(MelodiesText.MIDI_FILE.text(), "*.mid", "*.midi"));
        chooser.setInitialDirectory(SaveFolders.initialFolder());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        SaveFolders.remember(file);
        session.messageProperty().set(MelodiesText.SAVING.format(file.getName()));
        Thread saver = new Thread(() -> {
            String result;
            try {
                Melody written = writer.write(file.toPath());
                result = MelodiesText.SAVED.format(file, written.length() / Melody.STEPS_PER_BAR);
            } catch (IOException | RuntimeException ex) {
                result = Texts.window().format(CommonText.SAVE_FAILED, file, Problems.describe(ex));
            }
            String text = result;
            Platform.runLater(() -> session.messageProperty().set(text));
        }, "melody-export");
        saver.setDaemon(true);
        saver.start();
    }
}
