package org.latentexplorer.ui.i18n;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
    private final Map<Integer, NumberFormat> formats = new ConcurrentHashMap<>();
    private final boolean decimalComma;

    private Texts(Language language) {
        this.language = language;
        this.decimalComma = DecimalFormatSymbols.getInstance(language.locale()).getDecimalSeparator() == ',';
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
            return number(((Number) value).longValue(), 0);
        }
        return value instanceof Number n ? number(n.doubleValue(), 2) : String.valueOf(value);
    }

    /** {@code value} with at most {@code fractionDigits} decimals, as the language writes it ("1,234.5" in English, "1 234,5" in Finnish). */
    public String number(double value, int fractionDigits) {
        return written(value, 0, fractionDigits, true, false);
    }

    /** {@link #number} without grouping, for tick labels and coordinates. */
    public String plainNumber(double value, int fractionDigits) {
        return written(value, 0, fractionDigits, false, false);
    }

    /** {@code value} with exactly {@code digits} decimals and no grouping ("0.0500", "0,0500"): a column of them lines up. */
    public String fixed(double value, int digits) {
        return written(value, digits, digits, false, false);
    }

    /** {@link #fixed} with a sign on positive values too ("+0.53", "-1,20"), so a value keeps its width as it moves. */
    public String signedFixed(double value, int digits) {
        return written(value, digits, digits, false, true);
    }

    /** Whether the language writes a comma before the decimals (then values in a list are parted by "; "). */
    public boolean decimalComma() {
        return decimalComma;
    }

    private String written(double value, int minDigits, int maxDigits, boolean grouping, boolean plus) {
        double scale = Math.pow(10, maxDigits);
        double rounded = Math.round(value * scale) / scale;
        // the drag path writes a few numbers a frame: a key without building a string
        int style = ((minDigits * 32 + maxDigits) * 2 + (grouping ? 1 : 0)) * 2 + (plus ? 1 : 0);
        NumberFormat format = formats.computeIfAbsent(style, key -> {
            NumberFormat made = NumberFormat.getNumberInstance(locale());
            made.setGroupingUsed(grouping);
            made.setMinimumFractionDigits(minDigits);
            made.setMaximumFractionDigits(maxDigits);
            if (plus && made instanceof DecimalFormat decimal) {
                decimal.setPositivePrefix("+");
            }
            return made;
        });
        synchronized (format) { // a NumberFormat is not thread-safe; the window's texts may be read off the FX thread
            return format.format(rounded == 0 ? 0.0 : value); // a value rounded to zero has no sign
        }
    }
}
