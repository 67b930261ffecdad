package org.latentexplorer.music;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The 128 General MIDI instrument names, indexed by program number. */
public final class GeneralMidi {
    public static final List<String> PROGRAMS = List.of(
            "Acoustic Grand Piano", "Bright Acoustic Piano", "Electric Grand Piano", "Honky-tonk Piano",
            "Electric Piano 1", "Electric Piano 2", "Harpsichord", "Clavinet",
            "Celesta", "Glockenspiel", "Music Box", "Vibraphone", "Marimba", "Xylophone", "Tubular Bells", "Dulcimer",
            "Drawbar Organ", "Percussive Organ", "Rock Organ", "Church Organ", "Reed Organ", "Accordion", "Harmonica",
            "Tango Accordion",
            "Acoustic Guitar (nylon)", "Acoustic Guitar (steel)", "Electric Guitar (jazz)", "Electric Guitar (clean)",
            "Electric Guitar (muted)", "Overdriven Guitar", "Distortion Guitar", "Guitar Harmonics",
            "Acoustic Bass", "Electric Bass (finger)", "Electric Bass (pick)", "Fretless Bass", "Slap Bass 1",
            "Slap Bass 2", "Synth Bass 1", "Synth Bass 2",
            "Violin", "Viola", "Cello", "Contrabass", "Tremolo Strings", "Pizzicato Strings", "Orchestral Harp", "Timpani",
            "String Ensemble 1", "String Ensemble 2", "Synth Strings 1", "Synth Strings 2", "Choir Aahs", "Voice Oohs",
            "Synth Voice", "Orchestra Hit",
            "Trumpet", "Trombone", "Tuba", "Muted Trumpet", "French Horn", "Brass Section", "Synth Brass 1", "Synth Brass 2",
            "Soprano Sax", "Alto Sax", "Tenor Sax", "Baritone Sax", "Oboe", "English Horn", "Bassoon", "Clarinet",
            "Piccolo", "Flute", "Recorder", "Pan Flute", "Blown Bottle", "Shakuhachi", "Whistle", "Ocarina",
            "Lead 1 (square)", "Lead 2 (sawtooth)", "Lead 3 (calliope)", "Lead 4 (chiff)", "Lead 5 (charang)",
            "Lead 6 (voice)", "Lead 7 (fifths)", "Lead 8 (bass + lead)",
            "Pad 1 (new age)", "Pad 2 (warm)", "Pad 3 (polysynth)", "Pad 4 (choir)", "Pad 5 (bowed)", "Pad 6 (metallic)",
            "Pad 7 (halo)", "Pad 8 (sweep)",
            "FX 1 (rain)", "FX 2 (soundtrack)", "FX 3 (crystal)", "FX 4 (atmosphere)", "FX 5 (brightness)",
            "FX 6 (goblins)", "FX 7 (echoes)", "FX 8 (sci-fi)",
            "Sitar", "Banjo", "Shamisen", "Koto", "Kalimba", "Bagpipe", "Fiddle", "Shanai",
            "Tinkle Bell", "Agogo", "Steel Drums", "Woodblock", "Taiko Drum", "Melodic Tom", "Synth Drum", "Reverse Cymbal",
            "Guitar Fret Noise", "Breath Noise", "Seashore", "Bird Tweet", "Telephone Ring", "Helicopter", "Applause",
            "Gunshot");

    private GeneralMidi() {
    }

    public static String name(int program) {
        return PROGRAMS.get(program);
    }

    /**
     * The program a user names: its number 0..127 (as JFugue's {@code I} token counts), its name, or a part of a name
     * that only one instrument has ({@code flute}, {@code nylon}), in any case. The exception is one line that says
     * which names matched, or what is accepted.
     */
    public static int program(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("the instrument is empty: give a General MIDI program 0..127 or a name, e.g. 0 or flute");
        }
        if (wanted.chars().allMatch(Character::isDigit)) {
            int number = wanted.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(wanted);
            if (number > 127) {
                throw new IllegalArgumentException("instrument " + text.trim() + " is not a General MIDI program: the numbers are 0..127");
            }
            return number;
        }
        for (int p = 0; p < PROGRAMS.size(); p++) {
            if (PROGRAMS.get(p).toLowerCase(Locale.ROOT).equals(wanted)) {
                return p;
            }
        }
        List<Integer> matches = IntStream.range(0, PROGRAMS.size())
                .filter(p -> PROGRAMS.get(p).toLowerCase(Locale.ROOT).contains(wanted)).boxed().toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("instrument '" + text.trim() + "' is no General MIDI name: give a program 0..127 or a name"
                    + " such as grand (0), violin (40), trumpet (56), flute (73) (./latent melody instruments lists all 128)");
        }
        throw new IllegalArgumentException("instrument '" + text.trim() + "' names " + matches.size() + " programs: "
                + matches.stream().map(p -> PROGRAMS.get(p) + " (" + p + ")").collect(Collectors.joining(", "))
                + "; give more of the name or the number");
    }
}
