package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.latentexplorer.data.Melody;
import org.latentexplorer.music.MelodyMidi;

/** Reads back the MIDI files the melody commands write: notes, tempo, meter and instrument, as a MIDI reader sees them. */
final class MelodyFiles {
    private MelodyFiles() {
    }

    /** What Java Sound finds in a file: its tempo meta events (µs per quarter), time signatures and programs. */
    record Meta(List<Integer> microsPerQuarter, List<String> timeSignatures, List<Integer> programs, int resolution) {
    }

    static Meta meta(Path file) throws Exception {
        Sequence sequence = MidiSystem.getSequence(file.toFile());
        List<Integer> tempos = new ArrayList<>();
        List<String> signatures = new ArrayList<>();
        List<Integer> programs = new ArrayList<>();
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                MidiEvent event = track.get(i);
                if (event.getMessage() instanceof MetaMessage m && m.getType() == 0x51) {
                    byte[] d = m.getData();
                    tempos.add(((d[0] & 0xff) << 16) | ((d[1] & 0xff) << 8) | (d[2] & 0xff));
                } else if (event.getMessage() instanceof MetaMessage m && m.getType() == 0x58) {
                    signatures.add(m.getData()[0] + "/" + (1 << m.getData()[1]));
                } else if (event.getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.PROGRAM_CHANGE) {
                    programs.add(m.getData1());
                }
            }
        }
        return new Meta(tempos, signatures, programs, sequence.getResolution());
    }

    /** Asserts that {@code file} holds {@code expected} note for note at {@code bpm} in 4/4, played by {@code program}. */
    static void assertHolds(Path file, Melody expected, int bpm, int program) throws Exception {
        Melody back = MelodyMidi.read(file);
        assertEquals(MelodyMidi.asWritten(expected).withBpm(bpm), back, file + " reads back as the melody");
        Meta meta = meta(file);
        assertEquals(List.of((int) Math.round(60_000_000.0 / bpm)), meta.microsPerQuarter(), file + ": one true tempo");
        assertEquals(List.of("4/4"), meta.timeSignatures(), file + ": 4/4");
        assertEquals(List.of(program), meta.programs(), file + ": the instrument");
    }

    /** Two bars of {@code count} notes rising from {@code low} by the {@code intervals} given in turn. */
    static Melody tune(int count, int low, int... intervals) {
        int[] events = new int[Melody.WINDOW_STEPS];
        int pitch = low;
        for (int n = 0; n < count; n++) {
            events[n * Melody.WINDOW_STEPS / count] = Melody.noteOn(pitch);
            pitch += intervals[n % intervals.length];
        }
        return new Melody(events);
    }

    static void assertNoFiles(Path folder) throws IOException {
        assertTrue(!java.nio.file.Files.exists(folder) || isEmpty(folder), folder + " should hold nothing");
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}
