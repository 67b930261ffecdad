package org.latentexplorer.ui.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.latentexplorer.ui.i18n.Texts;

/** The names the Train view saves models under: checked, and suggested free. */
final class ModelNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private ModelNames() {
    }

    /** Null when {@code name} can name a model folder; else what is wrong, in one line. */
    static String problem(String name) {
        if (name == null || name.isBlank()) {
            return Texts.window().text(TrainText.NAME_MISSING);
        }
        if (!NAME.matcher(name).matches()) {
            return Texts.window().format(TrainText.NAME_BAD, name);
        }
        return null;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... : the first that is not in {@code folder} yet. */
    static String free(Path folder, String base) {
        String name = base;
        for (int n = 2; Files.exists(folder.resolve(name)); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
