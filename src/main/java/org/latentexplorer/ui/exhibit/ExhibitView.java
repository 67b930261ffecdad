package org.latentexplorer.ui.exhibit;

import java.util.Locale;

/** The views an exhibit can show, in the order {@code --views} names them. */
public enum ExhibitView {
    DIGITS, MELODIES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The view named {@code code} (any case); the exception's message is the one-line error for {@code --views}. */
    public static ExhibitView parse(String code) {
        for (ExhibitView view : values()) {
            if (view.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return view;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a view of the exhibit: use digits or melodies (comma-separated)");
    }
}
