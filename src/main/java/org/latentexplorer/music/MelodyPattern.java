package org.latentexplorer.music;

import java.util.Locale;
import org.jfugue.Pattern;
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
     * Reads a music string of single notes and rests (as {@link #toMusicString} writes, or typed: {@code T100 C5q D5q E5h})
     * back to a melody as long as the string, at its {@code T} tempo ({@value Melody#DEFAULT_BPM} bpm without one). A
     * tie ({@code C5q- C5-q}) holds the note on; bar lines, key signatures and instruments are read as JFugue does.
     * The exception is one line quoting the token that JFugue cannot read, or that no melody can hold (see
     * {@link MusicStringNotes}).
     */
    public static Melody fromMusicString(String music) {
        MusicStringNotes.Notes notes = MusicStringNotes.read(music);
        int total = notes.sounds().stream().mapToInt(MusicStringNotes.Sound::steps).sum();
        if (total == 0) {
            throw new IllegalArgumentException("the music string holds no notes or rests: " + music);
        }
        int[] classes = new int[total];
        int step = 0;
        boolean resting = true;
        for (MusicStringNotes.Sound sound : notes.sounds()) {
            if (sound.rest()) {
                classes[step] = resting ? Melody.NO_EVENT : Melody.NOTE_OFF;
            } else if (!sound.tied()) {
                classes[step] = Melody.noteOn(sound.pitch());
            }
            resting = sound.rest();
            step += sound.steps();
        }
        return new Melody(classes, notes.bpm() > 0 ? notes.bpm() : Melody.DEFAULT_BPM);
    }

    private static String decimal(double value) {
        String text = String.format(Locale.ROOT, "%.6f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
