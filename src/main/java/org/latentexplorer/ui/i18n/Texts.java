package org.latentexplorer.ui.i18n;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window's words in one {@link Language}: the strings of {@code <prefix>_<code>.properties} (UTF-8)
 * under {@code org/latentexplorer/ui/i18n}, one bundle per key prefix (view), and numbers written the way
 * that language writes them.
 * {@code {0}}, {@code {1}}… in a string are filled in by {@link #format}; there is no other syntax, so an
 * apostrophe is just an apostrophe.
 */
public final class Texts {
    /** The package of the bundles; a key's bundle is named after its prefix ("exhibit": exhibit.properties, exhibit_fi.properties…). */
    public static final String BUNDLES = "org.latentexplorer.ui.i18n";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    // no fallback to the system's language between the one asked for and English
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static volatile Texts window = of(Language.EN);

    private final Language language;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private Texts(Language language) {
        this.language = language;
    }

    public static Texts of(Language language) {
        return new Texts(language);
    }

    /** The bundle {@code prefix} of {@code language} (English's for English: the base file). */
    public static ResourceBundle bundle(String prefix, Language language) {
        Locale locale = language == Language.EN ? Locale.ROOT : language.locale();
        return ResourceBundle.getBundle(BUNDLES + "." + prefix, locale, Texts.class.getClassLoader(), NO_FALLBACK);
    }

    /** The language the window was started in ({@code --lang}, else the system's); English until one is chosen. */
    public static Texts window() {
        return window;
    }

    /** Chooses the window's language (the launcher, before the window opens). */
    public static void useForWindow(Language language) {
        window = of(language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The string of {@code key}; a key missing from the bundle shows as {@code !key!} (TextsTest keeps that from shipping). */
    public String text(TextKey key) {
        try {
            return bundles.computeIfAbsent(key.prefix(), prefix -> bundle(prefix, language)).getString(key.key());
        } catch (MissingResourceException e) {
            return "!" + key.key() + "!";
        }
    }

    /** The string of {@code key} with {@code {i}} replaced by {@code args[i]}: numbers written for the language, others as text. */
    public String format(TextKey key, Object... args) {
        Matcher m = PLACEHOLDER.matcher(text(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String value = index < args.length ? show(args[index]) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String show(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return NumberFormat.getIntegerInstance(locale()).format(((Number) value).longValue());
        }
        return value instanceof Number n ? number(n.doubleValue(), 2) : String.valueOf(value);
    }

    /** {@code value} with at most {@code fractionDigits} decimals, as the language writes it ("1,234.5" in English, "1 234,5" in Finnish). */
    public String number(double value, int fractionDigits) {
        return written(value, fractionDigits, true);
    }

    /** {@link #number} without grouping, for tick labels and coordinates. */
    public String plainNumber(double value, int fractionDigits) {
        return written(value, fractionDigits, false);
    }

    private String written(double value, int fractionDigits, boolean grouping) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setGroupingUsed(grouping);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(fractionDigits);
        String text = format.format(value);
        return text.matches("[-\u2212]0") ? format.format(0) : text; // a value rounded to zero has no sign
    }
}
