package org.latentexplorer.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the Melodies view's file dialogs open. */
class SaveFoldersTest {
    @TempDir
    Path home;

    @Test
    void dialogsOpenInTheLastFolderElseMusicElseHome() throws IOException {
        assertEquals(home.toFile(), SaveFolders.initialFolder(null, home), "home when there is no Music folder");
        Path music = Files.createDirectory(home.resolve("Music"));
        assertEquals(music.toFile(), SaveFolders.initialFolder(null, home));
        Path last = Files.createDirectory(home.resolve("songs"));
        assertEquals(last.toFile(), SaveFolders.initialFolder(last.toFile(), home), "the folder last saved to");
        assertEquals(music.toFile(), SaveFolders.initialFolder(new File(home.toFile(), "gone"), home), "not a folder that is gone");
    }
}
