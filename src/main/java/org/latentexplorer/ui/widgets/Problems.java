package org.latentexplorer.ui.widgets;

import java.nio.file.NoSuchFileException;
import org.latentexplorer.ui.i18n.Texts;

/** A failure in the words the window shows: the exception's message (as the core wrote it), or the file that is missing. */
public final class Problems {
    private Problems() {
    }

    public static String describe(Throwable e) {
        if (e instanceof NoSuchFileException missing) {
            return Texts.window().format(CommonText.NO_SUCH_FILE, missing.getFile());
        }
        String text = e.getMessage();
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
