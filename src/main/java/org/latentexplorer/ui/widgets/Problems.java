package org.latentexplorer.ui.widgets;

import java.nio.file.NoSuchFileException;

/** A failure in the words the window shows: the exception's message, or the file that is missing. */
public final class Problems {
    private Problems() {
    }

    public static String describe(Throwable e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        String text = e.getMessage();
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
