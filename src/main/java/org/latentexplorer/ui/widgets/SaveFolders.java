package org.latentexplorer.ui.widgets;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the Melodies view's file dialogs open: the folder last chosen, else the user's Music folder, else home. */
public final class SaveFolders {
    private static File lastFolder;

    private SaveFolders() {
    }

    /** The folder a file dialog opens in. */
    public static synchronized File initialFolder() {
        return initialFolder(lastFolder, Path.of(System.getProperty("user.home")));
    }

    static File initialFolder(File last, Path home) {
        if (last != null && last.isDirectory()) {
            return last;
        }
        Path music = home.resolve("Music");
        return Files.isDirectory(music) ? music.toFile() : home.toFile();
    }

    /** Remembers the folder of a file the user chose, for the next dialog. */
    public static synchronized void remember(File chosen) {
        if (chosen != null && chosen.getParentFile() != null) {
            lastFolder = chosen.getParentFile();
        }
    }
}
