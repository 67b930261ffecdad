package org.latentexplorer.ui.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The languages the window speaks: those the lesson is published in. */
public enum Language {
    EN("English"), FI("Suomi"), PL("Polski"), MS("Bahasa Melayu"), HU("Magyar"), NL("Nederlands");

    private final String nativeName;

    Language(String nativeName) {
        this.nativeName = nativeName;
    }

    /** The two-letter code {@code --lang} takes, e.g. "fi". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language's name in itself, e.g. "Suomi". */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The codes as a list for messages: "en, fi, pl, ms, hu or nl". */
    public static String accepted() {
        String all = Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /** The language of {@code code} (any case); the exception's message is the one-line error for {@code --lang}. */
    public static Language parse(String code) {
        String wanted = code == null ? "" : code.trim();
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(wanted)) {
                return language;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a language of the window: use " + accepted());
    }

    /** The language of {@code locale} when the window speaks it, else English. */
    public static Language forLocale(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        for (Language candidate : values()) {
            if (candidate.code().equals(language)) {
                return candidate;
            }
        }
        return EN;
    }

    /** {@code code} when given, else the system's language when the window speaks it, else English. */
    public static Language chosen(String code) {
        return code == null ? forLocale(Locale.getDefault()) : parse(code);
    }
}
