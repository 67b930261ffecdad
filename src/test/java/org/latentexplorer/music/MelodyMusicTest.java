package org.latentexplorer.music;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.jfugue.Player;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;

class MelodyMusicTest {
    @TempDir
    Path dir;

    private static final int X = Melody.NO_EVENT;
    private static final int OFF = Melody.NOTE_OFF;

    private static int on(int pitch) {
        return Melody.noteOn(pitch);
    }

    /** Starts with a rest, holds notes, re-strikes a pitch, rests mid-bar, ends on a held note. */
    private static final Melody TUNE = new Melody(new int[] {
            X, X, on(60), X, on(62), on(62), X, X, on(64), X, OFF, X, on(67), X, X, X,
            on(72), X, X, X, X, X, X, X, OFF, X, on(71), on(69), on(67), X, X, X}, 96);

    @Test
    void melodyBecomesAnExactMusicString() {
        assertEquals("T96 I0 R/0.125 [60]/0.125 [62]/0.0625 [62]/0.1875 [64]/0.125 R/0.125 [67]/0.25 [72]/0.5 R/0.125"
                + " [71]/0.0625 [69]/0.0625 [67]/0.25", MelodyPattern.toMusicString(TUNE, 0));
    }

    @Test
    void musicStringReadsBackToTheSameMelody() {
        assertEquals(TUNE, MelodyPattern.fromMusicString(MelodyPattern.toMusicString(TUNE, 40)));
        Melody handWritten = MelodyPattern.fromMusicString("T140 I[Flute] [67]/0.25 [65]/0.125 R/0.125 [64]/0.5");
        assertEquals(140, handWritten.bpm());
        assertArrayEquals(new int[] {on(67), X, X, X, on(65), X, OFF, X, on(64), X, X, X, X, X, X, X}, handWritten.events());
        assertThrows(IllegalArgumentException.class, () -> MelodyPattern.fromMusicString("T120"));
    }

    @Test
    void jfuguePlaysThePatternAsTheSameNotes() {
        Sequence sequence = new Player(false).getSequence(MelodyPattern.toPattern(TUNE, 0));
        List<Integer> pitches = new ArrayList<>();
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                if (track.get(i).getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0) {
                    pitches.add(m.getData1());
                }
            }
        }
        assertEquals(List.of(60, 62, 62, 64, 67, 72, 71, 69, 67), pitches);
    }

    @Test
    void exportedMidiCarriesTheTrueTempoAndNoteValuesInBeats() throws Exception {
        Path file = dir.resolve("tune.mid");
        MelodyMidi.write(TUNE, 73, file);
        Sequence sequence = MidiSystem.getSequence(file.toFile());
        assertEquals(Sequence.PPQ, sequence.getDivisionType());
        int ppq = sequence.getResolution();
        List<long[]> notes = new ArrayList<>();
        Integer microsPerQuarter = null;
        Integer program = null;
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                MidiEvent event = track.get(i);
                if (event.getMessage() instanceof MetaMessage meta && meta.getType() == 0x51) {
                    byte[] d = meta.getData();
                    microsPerQuarter = ((d[0] & 0xff) << 16) | ((d[1] & 0xff) << 8) | (d[2] & 0xff);
                } else if (event.getMessage() instanceof ShortMessage m) {
                    if (m.getCommand() == ShortMessage.PROGRAM_CHANGE) {
                        program = m.getData1();
                    } else if (m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0) {
                        notes.add(new long[] {m.getData1(), event.getTick()});
                    }
                }
            }
        }
        assertEquals(625_000, microsPerQuarter, "96 bpm is 625,000 µs per quarter");
        assertEquals(73, program);
        assertEquals(60, notes.get(0)[0]);
        assertEquals(2 * ppq / 4, notes.get(0)[1], "the first note starts on the third sixteenth");
        assertEquals(16 * ppq / 4, notes.get(5)[1], "the C5 starts on beat 1 of bar 2");
        assertEquals(8L * ppq, sequence.getTickLength(), "two bars of 4/4 are 8 quarters long");

        assertEquals(TUNE, MelodyMidi.read(file));
    }

    @Test
    void renderedWavIsMusicWithOneOnsetPerNote() throws Exception {
        int[] staccato = new int[32];
        for (int i = 0; i < 8; i++) {
            staccato[i * 4] = on(60 + 2 * i);
            staccato[i * 4 + 1] = OFF;
        }
        Melody melody = new Melody(staccato, 120);
        Path wav = dir.resolve("tune.wav");
        double seconds = WavRenderer.render(MelodyMidi.toSequence(melody, 0), wav);
        assertEquals(4.0 + 1.0, seconds, 0.01, "two bars at 120 bpm plus a one-second tail");
        float[] envelope = envelope(wav);
        double peak = 0;
        for (float v : envelope) {
            peak = Math.max(peak, v);
        }
        assertTrue(peak > 0.05, "the WAV is not silence: peak RMS " + peak);
        assertEquals(8, onsets(envelope, peak), "one onset per note");
    }

    @Test
    void renderingIntoAMissingFolderNamesTheProblem() {
        Path nowhere = dir.resolve("missing/out.wav");
        IOException e = assertThrows(IOException.class, () -> WavRenderer.render(MelodyMidi.toSequence(TUNE, 0), nowhere));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    /** RMS per 10 ms of the left channel, full scale = 1. */
    private static float[] envelope(Path wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            byte[] bytes = in.readAllBytes();
            int frameSize = in.getFormat().getFrameSize();
            int framesPerWindow = (int) (in.getFormat().getFrameRate() / 100);
            int windows = bytes.length / frameSize / framesPerWindow;
            float[] rms = new float[windows];
            for (int w = 0; w < windows; w++) {
                double sum = 0;
                for (int f = 0; f < framesPerWindow; f++) {
                    int at = (w * framesPerWindow + f) * frameSize;
                    short sample = (short) ((bytes[at] & 0xff) | (bytes[at + 1] << 8));
                    sum += (sample / 32768.0) * (sample / 32768.0);
                }
                rms[w] = (float) Math.sqrt(sum / framesPerWindow);
            }
            return rms;
        }
    }

    /** Sharp rises in loudness (a fifth of the peak within 30 ms), at least 100 ms apart. */
    private static int onsets(float[] envelope, double peak) {
        int count = 0;
        int last = -100;
        for (int i = 3; i < envelope.length; i++) {
            if (envelope[i] - envelope[i - 3] > peak / 5 && i - last >= 10) {
                count++;
                last = i;
            }
        }
        return count;
    }
}
