package org.latentexplorer.music;

import java.util.Arrays;
import java.util.Locale;
import org.jfugue.Note;
import org.latentexplorer.data.Melody;

/**
 * A tune typed in JFugue's music-string notation, as a two-bar melody: notes such as {@code C5q} (C in octave 5, the
 * octave of middle C, a quarter), {@code D#5i} (an eighth), {@code [62]h} (MIDI 62, a half), rests {@code Rq}, ties
 * {@code C5q- C5-q}, bar lines {@code |}, an optional tempo {@code T100} (else {@value Melody#DEFAULT_BPM} bpm).
 * Durations: {@code s} a sixteenth, {@code i} eighth, {@code q} quarter, {@code h} half, {@code w} whole, dotted with
 * {@code .}, summed when written together ({@code qs} five sixteenths). A tune shorter than two bars of 4/4 is filled up
 * with rest; a longer one, a chord, a note off the sixteenth grid or outside MIDI 21..108 is refused in one line.
 */
public final class TuneText {
    /** Written durations of 1..32 sixteenths that have a name of their own; other lengths are summed. */
    private static final String[] NAMED = new String[Melody.WINDOW_STEPS + 1];
    private static final int[] SUMMED = {16, 8, 4, 2, 1};
    private static final String[] SUMMED_NAMES = {"w", "h", "q", "i", "s"};

    static {
        NAMED[1] = "s";
        NAMED[2] = "i";
        NAMED[3] = "i.";
        NAMED[4] = "q";
        NAMED[6] = "q.";
        NAMED[8] = "h";
        NAMED[12] = "h.";
        NAMED[16] = "w";
        NAMED[24] = "w.";
        NAMED[32] = "ww";
    }

    private TuneText() {
    }

    /** The two-bar melody {@code text} writes; the exception is one line naming the token or the length at fault. */
    public static Melody parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the tune is empty: type notes such as C5q D5q E5h (a quarter C, D and a half E)");
        }
        Melody melody = MelodyPattern.fromMusicString(text);
        if (melody.length() > Melody.WINDOW_STEPS) {
            throw new IllegalArgumentException("the tune lasts " + describeLength(melody.length()) + "; a melody is at most two bars"
                    + " of 4/4 (32 sixteenths)");
        }
        if (melody.noteCount() == 0) {
            throw new IllegalArgumentException("the tune holds only rests: type at least one note, e.g. C5q");
        }
        if (melody.length() == Melody.WINDOW_STEPS) {
            return melody;
        }
        int[] events = Arrays.copyOf(melody.events(), Melody.WINDOW_STEPS);
        if (soundsAtEnd(melody)) {
            events[melody.length()] = Melody.NOTE_OFF; // the last note ends where the tune does
        }
        return new Melody(events, melody.bpm());
    }

    /**
     * The melody written so that {@link #parse} reads it back as a MIDI file holds it ({@link MelodyMidi#asWritten}):
     * its tempo, then notes and rests by name ({@code C#5}, JFugue's octaves), a bar line every bar, a note crossing one
     * tied over it. Melodies of any whole number of bars are written; only two-bar ones parse back.
     */
    public static String format(Melody melody) {
        int[] events = MelodyMidi.asWritten(melody).events();
        StringBuilder text = new StringBuilder("T").append(Math.round(melody.bpm()));
        int step = 0;
        while (step < events.length) {
            int end = step + 1;
            while (end < events.length && events[end] == Melody.NO_EVENT) {
                end++;
            }
            boolean note = Melody.isNoteOn(events[step]);
            String name = note ? noteName(Melody.pitchOf(events[step])) : "R";
            int from = step;
            while (from < end) {
                int barEnd = (from / Melody.STEPS_PER_BAR + 1) * Melody.STEPS_PER_BAR;
                int to = Math.min(end, barEnd);
                if (from > 0 && from % Melody.STEPS_PER_BAR == 0) {
                    text.append(" |");
                }
                boolean tiedIn = note && from > step;
                boolean tiedOut = note && to < end;
                text.append(' ').append(name).append(tiedIn ? "-" : "").append(duration(to - from)).append(tiedOut ? "-" : "");
                from = to;
            }
            step = end;
        }
        return text.toString();
    }

    private static boolean soundsAtEnd(Melody melody) {
        for (int i = melody.length() - 1; i >= 0; i--) {
            if (melody.event(i) != Melody.NO_EVENT) {
                return Melody.isNoteOn(melody.event(i));
            }
        }
        return false;
    }

    private static String noteName(int pitch) {
        return Note.NOTES[pitch % 12] + (pitch / 12);
    }

    private static String duration(int steps) {
        if (steps < NAMED.length && NAMED[steps] != null) {
            return NAMED[steps];
        }
        StringBuilder letters = new StringBuilder();
        int left = steps;
        for (int i = 0; i < SUMMED.length; i++) {
            while (left >= SUMMED[i]) {
                letters.append(SUMMED_NAMES[i]);
                left -= SUMMED[i];
            }
        }
        return letters.toString();
    }

    private static String describeLength(int steps) {
        int bars = steps / Melody.STEPS_PER_BAR;
        int rest = steps % Melody.STEPS_PER_BAR;
        String text = bars == 0 ? "" : bars + (bars == 1 ? " bar" : " bars");
        if (rest > 0) {
            text += (text.isEmpty() ? "" : " and ") + rest + (rest == 1 ? " sixteenth" : " sixteenths");
        }
        return String.format(Locale.ROOT, "%s (%d sixteenths)", text, steps);
    }
}
