package org.latentexplorer.ui.melodies;

import java.util.Arrays;
import java.util.List;
import org.latentexplorer.music.GeneralMidi;

/**
 * The General MIDI instruments' names in the window's language: key {@code melodies.instruments} holds all 128,
 * in program order, separated by semicolons ({@link GeneralMidi} keeps the English ones for the command line).
 */
final class MelodyInstruments {
    private static List<String> names;
    private static String namesOf;

    private MelodyInstruments() {
    }

    /** Program {@code program}'s (0..127) name; English's when a bundle's list is short. */
    static String name(int program) {
        List<String> all = all();
        return program >= 0 && program < all.size() ? all.get(program) : GeneralMidi.name(program);
    }

    /** The names as the window's language lists them. */
    static synchronized List<String> all() {
        String text = MelodiesText.INSTRUMENTS.text();
        if (!text.equals(namesOf)) {
            names = Arrays.stream(text.split(";")).map(String::strip).toList();
            namesOf = text;
        }
        return names;
    }
}
