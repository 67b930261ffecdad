package org.latentexplorer.data;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tune's meter as its ABC {@code M:} field writes it: a fraction ({@code 6/8}), common time {@code C} (4/4),
 * cut time {@code C|} (2/2), or free ({@code none}, or no field: ABC's default). The duple meters are the ones whose
 * bar fits the 16-step bar of a melody: 2/4 (half of it), 4/4 and 2/2 (all of it). A 4/2 bar would be two melody
 * bars of half and whole notes, slow hymn notation, so it is left out with the triple and compound meters.
 *
 * @param written     the field as written, trimmed (empty when the tune has none)
 * @param numerator   beats a bar, 0 when free or unreadable
 * @param denominator the beat's note value, 0 when free or unreadable
 */
public record Meter(String written, int numerator, int denominator) {
    private static final Pattern FRACTION = Pattern.compile("(\\d{1,3})\\s*/\\s*(\\d{1,3})");

    /** The meter of a {@code M:} field's value; {@code null} when the tune has no {@code M:} field. */
    public static Meter parse(String field) {
        String text = field == null ? "" : field.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.startsWith("C|")) {
            return new Meter(text, 2, 2);
        }
        if (upper.equals("C")) {
            return new Meter(text, 4, 4);
        }
        Matcher fraction = FRACTION.matcher(text);
        if (fraction.lookingAt()) {
            return new Meter(text, Integer.parseInt(fraction.group(1)), Integer.parseInt(fraction.group(2)));
        }
        return new Meter(text, 0, 0);
    }

    /** Whether bars of this meter tile the 16-step bar: 2/4, 4/4 (C) or 2/2 (C|). */
    public boolean duple() {
        return numerator == 2 && (denominator == 4 || denominator == 2) || numerator == 4 && denominator == 4;
    }

    /** Sixteenths in a bar, or 0 when the meter is free or unreadable. */
    public int barSteps() {
        return denominator == 0 ? 0 : numerator * Melody.STEPS_PER_BAR / denominator;
    }

    /** Why a tune of this meter is left out, or {@code null} when it is duple. */
    public String problem() {
        if (duple()) {
            return null;
        }
        if (written.isEmpty()) {
            return "no meter (no M: field)";
        }
        if (numerator == 0) {
            return "free meter (M:" + written + ")";
        }
        return "meter " + written + " is not duple";
    }
}
