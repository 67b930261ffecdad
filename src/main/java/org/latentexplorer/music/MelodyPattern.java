package org.latentexplorer.music;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfugue.JFugueException;
import org.jfugue.MusicStringParser;
import org.jfugue.Note;
import org.jfugue.ParserListenerAdapter;
import org.jfugue.Pattern;
import org.jfugue.Tempo;
import org.latentexplorer.data.Melody;

/**
 * {@link Melody} to a JFugue music string and back: exact MIDI pitches ({@code [60]}) and durations in
 * whole notes, a sixteenth being {@code /0.0625}, e.g. {@code T120 I0 [60]/0.25 R/0.125 [62]/0.125}.
 */
public final class MelodyPattern {
    private static final double SIXTEENTH = 1.0 / 16;

    private MelodyPattern() {
    }

    public static Pattern toPattern(Melody melody, int program) {
        return new Pattern(toMusicString(melody, program));
    }

    public static String toMusicString(Melody melody, int program) {
        StringBuilder music = new StringBuilder();
        music.append('T').append(Math.round(melody.bpm())).append(" I").append(program);
        int step = 0;
        while (step < melody.length()) {
            int event = melody.event(step);
            int length = 1;
            while (step + length < melody.length() && melody.event(step + length) == Melody.NO_EVENT) {
                length++;
            }
            String duration = "/" + decimal(length * SIXTEENTH);
            if (Melody.isNoteOn(event)) {
                music.append(" [").append(Melody.pitchOf(event)).append(']').append(duration);
            } else {
                music.append(" R").append(duration);
            }
            step += length;
        }
        return music.toString();
    }

    /**
     * Reads a music string of single notes and rests (as {@link #toMusicString} writes) back to a melody.
     * Durations are rounded to sixteenths.
     */
    public static Melody fromMusicString(String music) {
        List<int[]> events = new ArrayList<>();
        int[] bpm = {(int) Melody.DEFAULT_BPM};
        MusicStringParser parser = new MusicStringParser();
        parser.addParserListener(new ParserListenerAdapter() {
            @Override
            public void tempoEvent(Tempo tempo) {
                bpm[0] = tempo.getTempo();
            }

            @Override
            public void noteEvent(Note note) {
                int steps = (int) Math.round(note.getDecimalDuration() / SIXTEENTH);
                if (steps <= 0) {
                    throw new IllegalArgumentException("note " + note.getMusicString() + " is shorter than a sixteenth");
                }
                events.add(new int[] {note.isRest() ? Melody.NOTE_OFF : Melody.noteOn(note.getValue()), steps});
            }
        });
        try {
            parser.parse(new Pattern(music));
        } catch (JFugueException e) {
            throw new IllegalArgumentException("not a JFugue music string: " + e.getMessage(), e);
        }
        int total = events.stream().mapToInt(e -> e[1]).sum();
        if (total == 0) {
            throw new IllegalArgumentException("the music string holds no notes or rests: " + music);
        }
        int[] classes = new int[total];
        int step = 0;
        boolean resting = true;
        for (int[] event : events) {
            boolean rest = event[0] == Melody.NOTE_OFF;
            classes[step] = rest && resting ? Melody.NO_EVENT : event[0];
            resting = rest;
            step += event[1];
        }
        return new Melody(classes, bpm[0]);
    }

    private static String decimal(double value) {
        String text = String.format(Locale.ROOT, "%.6f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
