package org.latentexplorer.ui.i18n;

import java.util.Locale;

/**
 * A key of the window's resource bundles. Each view's strings are an enum implementing this; a constant's
 * key is the enum's {@link #prefix()}, a dot and its name in lower case with dashes ({@code START_TOUCH}
 * of {@code exhibit}: {@code exhibit.start-touch}). TextsTest finds every such enum in the sources.
 */
public interface TextKey {

    /** The prefix this enum's keys share, e.g. "exhibit". */
    String prefix();

    /** The constant's name (an enum's own). */
    String name();

    default String key() {
        return prefix() + "." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** This key's string in the window's language. */
    default String text() {
        return Texts.window().text(this);
    }

    /** This key's string in the window's language, {@code {0}}, {@code {1}}… filled in (numbers written the language's way). */
    default String format(Object... args) {
        return Texts.window().format(this, args);
    }
}
