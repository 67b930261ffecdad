package org.latentexplorer.music;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;

/** Melodies written as MIDI read back note for note, with their rests, tempo and meter; several go in a row into one file. */
class MelodyMidiTest {
    @TempDir
    Path dir;

    @Test
    void anyMelodyReadsBackAsWrittenTrailingRestsIncluded() throws Exception {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int[] events = new int[Melody.WINDOW_STEPS];
            for (int i = 0; i < events.length; i++) {
                int roll = random.nextInt(10);
                events[i] = roll < 5 ? Melody.NO_EVENT : roll < 7 ? Melody.NOTE_OFF : Melody.noteOn(48 + random.nextInt(36));
            }
            events[random.nextInt(8)] = Melody.noteOn(60);
            if (trial % 4 == 0) {
                java.util.Arrays.fill(events, 16, 32, Melody.NO_EVENT); // the whole second bar a rest
                events[16] = Melody.NOTE_OFF;
            }
            Melody melody = new Melody(events, 60 + random.nextInt(120));
            Path file = dir.resolve("m" + trial + ".mid");
            MelodyMidi.write(melody, 0, file);
            assertEquals(MelodyMidi.asWritten(melody), MelodyMidi.read(file), "trial " + trial);
        }
    }

    @Test
    void aNoteOffWhereNothingSoundsIsNoEvent() {
        int on = Melody.noteOn(60);
        Melody stray = new Melody(new int[] {Melody.NOTE_OFF, on, 0, Melody.NOTE_OFF, Melody.NOTE_OFF, on, Melody.NOTE_OFF, 0});
        assertArrayEquals(new int[] {0, on, 0, Melody.NOTE_OFF, 0, on, Melody.NOTE_OFF, 0}, MelodyMidi.asWritten(stray).events());
    }

    @Test
    void melodiesInARowReadBackJoinedAtTheirTempoWithAMarkerOpeningEachAndOneMeter() throws Exception {
        int[] held = new int[Melody.WINDOW_STEPS];
        held[0] = Melody.noteOn(60);
        held[20] = Melody.noteOn(67); // sounds to the end of the part
        int[] opensSilent = new int[Melody.WINDOW_STEPS];
        opensSilent[4] = Melody.noteOn(64);
        opensSilent[8] = Melody.NOTE_OFF;
        int[] third = new int[Melody.WINDOW_STEPS];
        third[0] = Melody.noteOn(72);
        List<Melody> parts = List.of(new Melody(held, 90), new Melody(opensSilent, 90), new Melody(third, 90));
        Path file = dir.resolve("row.mid");
        MelodyMidi.writeInRow(parts, 40, file);

        Melody back = MelodyMidi.read(file);
        assertEquals(MelodyMidi.inRow(parts), back);
        assertEquals(3 * Melody.WINDOW_STEPS, back.length());
        assertEquals(90.0, back.bpm());
        assertEquals(Melody.NOTE_OFF, back.event(32), "the first part's last note stops where its part ends");
        for (int p = 0; p < parts.size(); p++) {
            assertEquals(MelodyMidi.asWritten(parts.get(p)), MelodyMidi.asWritten(
                    opening(back.slice(p * Melody.WINDOW_STEPS, (p + 1) * Melody.WINDOW_STEPS))), "part " + (p + 1));
        }

        Sequence sequence = MidiSystem.getSequence(file.toFile());
        List<String> markers = new ArrayList<>();
        List<Long> markerTicks = new ArrayList<>();
        int signatures = 0;
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                MidiEvent event = track.get(i);
                if (event.getMessage() instanceof MetaMessage meta && meta.getType() == 0x06) {
                    markers.add(new String(meta.getData(), java.nio.charset.StandardCharsets.US_ASCII));
                    markerTicks.add(event.getTick());
                } else if (event.getMessage() instanceof MetaMessage meta && meta.getType() == 0x58) {
                    signatures++;
                    assertEquals(4, meta.getData()[0], "numerator");
                    assertEquals(2, meta.getData()[1], "denominator 2^2 = 4");
                }
            }
        }
        assertEquals(List.of("1 of 3", "2 of 3", "3 of 3"), markers);
        long bars2 = 8L * sequence.getResolution();
        assertEquals(List.of(0L, bars2, 2 * bars2), markerTicks);
        assertEquals(1, signatures);
        assertEquals(3 * bars2, sequence.getTickLength());
    }

    /** A part cut from a joined melody, as it sounds alone: a note-off at its start stops nothing. */
    private static Melody opening(Melody part) {
        int[] events = part.events();
        if (events[0] == Melody.NOTE_OFF) {
            events[0] = Melody.NO_EVENT;
        }
        return new Melody(events, part.bpm());
    }
}
