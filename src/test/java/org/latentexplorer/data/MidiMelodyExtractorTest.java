package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MidiMelodyExtractorTest {
    @TempDir
    Path dir;

    /** A note in sixteenth-note steps; written at whatever resolution a test picks. */
    record N(int pitch, int startStep, int steps, int channel) {
        N(int pitch, int startStep, int steps) {
            this(pitch, startStep, steps, 0);
        }
    }

    private static final int C4 = 60;

    private Path write(String name, int ppq, int type, List<N> notes, MetaMessage... metas) throws Exception {
        Sequence sequence = new Sequence(Sequence.PPQ, ppq);
        Track track = sequence.createTrack();
        for (MetaMessage meta : metas) {
            track.add(new MidiEvent(meta, 0));
        }
        for (N note : notes) {
            long on = Math.round(note.startStep() * ppq / 4.0);
            long off = Math.round((note.startStep() + note.steps()) * ppq / 4.0);
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, note.channel(), note.pitch(), 90), on));
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, note.channel(), note.pitch(), 0), off));
        }
        Path file = dir.resolve(name);
        MidiSystem.write(sequence, type, file.toFile());
        return file;
    }

    private static MetaMessage timeSignature(int numerator, int denominatorPower) throws InvalidMidiDataException {
        return new MetaMessage(0x58, new byte[] {(byte) numerator, (byte) denominatorPower, 24, 8}, 4);
    }

    private static MetaMessage tempo(int bpm) throws InvalidMidiDataException {
        int micros = 60_000_000 / bpm;
        return new MetaMessage(0x51, new byte[] {(byte) (micros >> 16), (byte) (micros >> 8), (byte) micros}, 3);
    }

    /** Four quarter notes a bar, rising, for {@code bars} bars. */
    private static List<N> quarterScale(int bars) {
        return java.util.stream.IntStream.range(0, bars * 4).mapToObj(i -> new N(C4 + i % 12, i * 4, 4)).toList();
    }

    private static int[] events(Object... steps) {
        int[] events = new int[Melody.WINDOW_STEPS];
        for (int i = 0; i < steps.length; i += 2) {
            int step = (Integer) steps[i];
            Object what = steps[i + 1];
            events[step] = what.equals("off") ? Melody.NOTE_OFF : Melody.noteOn((Integer) what);
        }
        return events;
    }

    @Test
    void quarterNotesBecomeNoteOnsEveryFourStepsWithWindowsSlidingByABar() throws Exception {
        Path file = write("scale.mid", 480, 1, quarterScale(4));
        MidiMelodyExtractor.Extraction result = MidiMelodyExtractor.extract(file);
        assertEquals(3, result.melodies().size(), "4 bars give windows at bars 1, 2 and 3");
        int[] expected = new int[Melody.WINDOW_STEPS];
        for (int i = 0; i < 8; i++) {
            expected[i * 4] = Melody.noteOn(C4 + i);
        }
        assertArrayEquals(expected, result.melodies().get(0).events());
        assertEquals(Melody.noteOn(C4 + 4), result.melodies().get(1).event(0), "second window starts at bar 2");
        assertEquals(Melody.DEFAULT_BPM, result.melodies().get(0).bpm());
    }

    @Test
    void aHopOfOneBeatAddsWindowsStartingOnEachBeatWithinFourFourBars() throws Exception {
        Path file = write("scale-beats.mid", 480, 1, quarterScale(4));
        List<Melody> melodies = MidiMelodyExtractor.extract(file, 4).melodies();
        assertEquals(9, melodies.size(), "bars 1 and 2 start four windows each, bar 3 one (there is no fifth bar)");
        for (int k = 0; k < melodies.size(); k++) {
            assertEquals(Melody.noteOn(C4 + k), melodies.get(k).event(0), "window " + k + " starts on beat " + k);
            assertEquals(Melody.noteOn(C4 + (k + 7) % 12), melodies.get(k).event(28));
        }
        assertEquals(MidiMelodyExtractor.extract(file).melodies(), List.of(melodies.get(0), melodies.get(4), melodies.get(8)),
                "the bar-aligned windows are the default ones");
        assertThrows(IllegalArgumentException.class, () -> MidiMelodyExtractor.extract(file, 5));
    }

    @Test
    void restsBecomeNoteOffsAndTempoIsRead() throws Exception {
        List<N> notes = List.of(new N(64, 0, 2), new N(67, 4, 2), new N(69, 16, 8), new N(72, 28, 4));
        Path file = write("rests.mid", 96, 1, notes, tempo(90));
        Melody melody = MidiMelodyExtractor.extract(file).melodies().get(0);
        assertArrayEquals(events(0, 64, 2, "off", 4, 67, 6, "off", 16, 69, 24, "off", 28, 72), melody.events());
        assertEquals(90.0, melody.bpm(), 0.01);
    }

    @Test
    void overlappingNotesKeepTheHighest() throws Exception {
        List<N> notes = List.of(new N(60, 0, 16), new N(67, 4, 4), new N(55, 16, 16), new N(59, 16, 8), new N(62, 20, 4));
        Melody melody = MidiMelodyExtractor.extract(write("chords.mid", 480, 1, notes)).melodies().get(0);
        assertArrayEquals(events(0, 60, 4, 67, 8, 60, 16, 59, 20, 62, 24, 55), melody.events(),
                "the highest sounding note wins; a lower held note sounds again when the higher one ends");
    }

    @Test
    void drumChannelIsIgnored() throws Exception {
        List<N> drums = quarterScale(4).stream().map(n -> new N(n.pitch(), n.startStep(), n.steps(), 9)).toList();
        assertTrue(MidiMelodyExtractor.extract(write("drums.mid", 480, 1, drums)).melodies().isEmpty());

        List<N> mixed = new java.util.ArrayList<>(drums.stream().map(n -> new N(n.pitch() + 20, n.startStep(), n.steps(), 9)).toList());
        mixed.addAll(quarterScale(4));
        assertEquals(MidiMelodyExtractor.extract(write("plain.mid", 480, 1, quarterScale(4))).melodies(),
                MidiMelodyExtractor.extract(write("mixed.mid", 480, 1, mixed)).melodies(),
                "higher drum notes must not win the skyline");
    }

    @Test
    void oddResolutionQuantizesToTheSameMelody() throws Exception {
        List<N> notes = List.of(new N(62, 0, 3), new N(65, 3, 1), new N(69, 6, 6), new N(64, 12, 12), new N(60, 26, 6));
        assertEquals(MidiMelodyExtractor.extract(write("ppq480.mid", 480, 1, notes)).melodies(),
                MidiMelodyExtractor.extract(write("ppq97.mid", 97, 1, notes)).melodies());
        assertEquals(1, MidiMelodyExtractor.extract(write("ppq97b.mid", 97, 0, notes)).melodies().size());
    }

    @Test
    void threeFourWindowsAreSkippedNotMangled() throws Exception {
        List<N> waltz = java.util.stream.IntStream.range(0, 24).mapToObj(i -> new N(C4 + i % 7, i * 4, 4)).toList();
        MidiMelodyExtractor.Extraction result = MidiMelodyExtractor.extract(write("waltz.mid", 480, 1, waltz, timeSignature(3, 2)));
        assertTrue(result.melodies().isEmpty());
        assertTrue(result.dropped().getOrDefault(DropReason.NOT_FOUR_FOUR, 0) >= 6, result.dropped().toString());
    }

    @Test
    void aChangeFromThreeFourToFourFourKeepsOnlyTheFourFourBars() throws Exception {
        Sequence sequence = new Sequence(Sequence.PPQ, 480);
        Track track = sequence.createTrack();
        track.add(new MidiEvent(timeSignature(3, 2), 0));
        int threeFourTicks = 2 * 3 * 480;
        track.add(new MidiEvent(timeSignature(4, 2), threeFourTicks));
        for (int i = 0; i < 6 + 12; i++) {
            long on = i * 480L;
            int pitch = i < 6 ? 50 : 70 + (i - 6);
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, pitch, 90), on));
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, pitch, 0), on + 480));
        }
        Path file = dir.resolve("change.mid");
        MidiSystem.write(sequence, 1, file.toFile());
        List<Melody> melodies = MidiMelodyExtractor.extract(file).melodies();
        assertEquals(2, melodies.size(), "three 4/4 bars give two windows");
        assertEquals(Melody.noteOn(70), melodies.get(0).event(0), "the first window starts on the first 4/4 bar");
        assertTrue(melodies.stream().flatMapToInt(m -> Arrays.stream(m.events())).noneMatch(e -> e == Melody.noteOn(50)));
    }

    @Test
    void nearEmptyWindowsAndRepeatsAreDropped() throws Exception {
        List<N> notes = new java.util.ArrayList<>();
        for (int bar = 0; bar < 6; bar++) {
            for (int beat = 0; beat < 4; beat++) {
                notes.add(new N(C4 + beat, bar * 16 + beat * 4, 4));
            }
        }
        notes.add(new N(72, 6 * 16 + 16, 4));
        MidiMelodyExtractor.Extraction result = MidiMelodyExtractor.extract(write("loop.mid", 480, 1, notes));
        assertEquals(1, result.melodies().size(), "the same bar six times is one melody");
        assertTrue(result.dropped().get(DropReason.DUPLICATE) >= 4, result.dropped().toString());
        assertTrue(result.dropped().getOrDefault(DropReason.SILENT_BAR, 0) + result.dropped().getOrDefault(DropReason.TOO_FEW_NOTES, 0) >= 1,
                "windows around the lone note after a silent bar are dropped: " + result.dropped());
    }

    @Test
    void formatZeroWithRunningStatusIsRead() throws Exception {
        ByteArrayOutputStream track = new ByteArrayOutputStream();
        int[] pitches = {60, 62, 64, 65, 67, 69, 71, 72};
        track.writeBytes(new byte[] {0x00, (byte) 0x90, (byte) pitches[0], 100});
        for (int i = 0; i < pitches.length; i++) {
            // running status: note-on with velocity 0 ends a note, the next note-on follows with no status byte
            track.writeBytes(new byte[] {(byte) 0x83, 0x60, (byte) pitches[i], 0});
            if (i + 1 < pitches.length) {
                track.writeBytes(new byte[] {0x00, (byte) pitches[i + 1], 100});
            }
        }
        track.writeBytes(new byte[] {0x00, (byte) 0xFF, 0x2F, 0x00});
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {'M', 'T', 'h', 'd', 0, 0, 0, 6, 0, 0, 0, 1, 0x01, (byte) 0xE0});
        file.writeBytes(new byte[] {'M', 'T', 'r', 'k', 0, 0, 0, (byte) track.size()});
        file.writeBytes(track.toByteArray());
        Path path = dir.resolve("format0.mid");
        Files.write(path, file.toByteArray());

        Melody melody = MidiMelodyExtractor.extract(path).melodies().get(0);
        int[] expected = new int[Melody.WINDOW_STEPS];
        for (int i = 0; i < pitches.length; i++) {
            expected[i * 4] = Melody.noteOn(pitches[i]);
        }
        assertArrayEquals(expected, melody.events());
    }

    @Test
    void corruptTruncatedAndEmptyFilesNameTheFileAndTheProblem() throws Exception {
        Path garbage = dir.resolve("garbage.mid");
        Files.write(garbage, "this is not a MIDI file at all".getBytes());
        IOException e1 = assertThrows(MidiFormatException.class, () -> MidiMelodyExtractor.extract(garbage));
        assertTrue(e1.getMessage().startsWith(garbage.toString() + ": "), e1.getMessage());

        byte[] good = Files.readAllBytes(write("good.mid", 480, 1, quarterScale(8)));
        Path truncated = dir.resolve("truncated.mid");
        Files.write(truncated, Arrays.copyOf(good, good.length / 2));
        IOException e2 = assertThrows(MidiFormatException.class, () -> MidiMelodyExtractor.extract(truncated));
        assertTrue(e2.getMessage().contains("truncated.mid"), e2.getMessage());

        Path empty = Files.createFile(dir.resolve("empty.mid"));
        IOException e3 = assertThrows(MidiFormatException.class, () -> MidiMelodyExtractor.extract(empty));
        assertEquals(empty + ": empty file", e3.getMessage());
    }
}
