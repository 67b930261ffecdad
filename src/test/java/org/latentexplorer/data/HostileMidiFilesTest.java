package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.music.MelodyMidi;

/** Files that lie about their sizes or never end: each is skipped with its name and reason, and the good file beside it is read. */
class HostileMidiFilesTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static byte[] scaleBytes(int bars) throws Exception {
        Sequence sequence = new Sequence(Sequence.PPQ, 96);
        Track track = sequence.createTrack();
        for (int i = 0; i < bars * 4; i++) {
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 60 + i, 90), i * 96L));
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, 60 + i, 0), i * 96L + 96));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MidiSystem.write(sequence, 1, out);
        return out.toByteArray();
    }

    /** A type-0 file: the header, then one track chunk holding {@code events} (its length stated truly). */
    private static byte[] midiFile(int resolution, byte[] events) {
        ByteBuffer file = ByteBuffer.allocate(14 + 8 + events.length);
        file.putInt(0x4D546864).putInt(6).putShort((short) 0).putShort((short) 1).putShort((short) resolution);
        file.putInt(0x4D54726B).putInt(events.length).put(events);
        return file.array();
    }

    private Path goodFile() throws Exception {
        return Files.write(dir.resolve("good.mid"), scaleBytes(5));
    }

    private Map<Path, MelodyCorpus.FileReport> corpus(List<Path> sources) {
        MelodyCorpus corpus = assertTimeoutPreemptively(PATIENCE, () -> MelodyCorpus.load(sources, 0));
        return corpus.reports().stream().collect(Collectors.toMap(MelodyCorpus.FileReport::file, r -> r));
    }

    private void assertSkipped(Map<Path, MelodyCorpus.FileReport> reports, Path file, String reason) {
        MelodyCorpus.FileReport report = reports.get(file);
        assertTrue(report != null && report.skipped(), file + " should be skipped: " + reports);
        assertTrue(report.problem().startsWith(file + ": "), report.problem());
        assertTrue(report.problem().contains(reason), "'" + report.problem() + "' should say '" + reason + "'");
        assertEquals(1, report.problem().lines().count());
    }

    private static void assertGoodFileRead(Map<Path, MelodyCorpus.FileReport> reports, Path good) {
        MelodyCorpus.FileReport report = reports.get(good);
        assertFalse(report.skipped(), report.problem());
        assertEquals(4, report.extraction().melodies().size(), "the good file's five bars give four two-bar windows");
    }

    @Test
    void aHeaderChunkWithALyingLengthIsSkippedNotAnIndexOutOfBounds() throws Exception {
        Path good = goodFile();
        byte[] bytes = scaleBytes(5);
        ByteBuffer.wrap(bytes).putInt(4, 0xFFFFFFF0);
        Path negative = Files.write(dir.resolve("negative-header.mid"), bytes);
        ByteBuffer.wrap(bytes).putInt(4, 5_000);
        Path long_ = Files.write(dir.resolve("long-header.mid"), bytes);
        Map<Path, MelodyCorpus.FileReport> reports = corpus(List.of(dir));
        assertSkipped(reports, negative, "the header chunk declares 4294967280 bytes but the file holds " + bytes.length);
        assertSkipped(reports, long_, "the header chunk declares 5000 bytes");
        assertGoodFileRead(reports, good);
    }

    @Test
    void anEventWithALyingLengthInsideATrackIsSkippedBeforeJavaAllocatesIt() throws Exception {
        Path good = goodFile();
        // delta 0, meta 0x01 (text) claiming 0x0FFFFFFF bytes, then only three bytes
        byte[] events = {0, (byte) 0xFF, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 'a', 'b', 'c'};
        Path lying = Files.write(dir.resolve("lying-text.mid"), midiFile(96, events));
        Map<Path, MelodyCorpus.FileReport> reports = corpus(List.of(dir));
        assertSkipped(reports, lying, "track 1: an event declares 268435455 bytes but only 3 remain");
        assertGoodFileRead(reports, good);
    }

    @Test
    void aNoteHeldForTwoToThe28TicksIsSkippedWithoutAllocatingPerTick() throws Exception {
        Path good = goodFile();
        // at one tick per quarter, 2^28 - 1 ticks are 2^30 sixteenths: gigabytes if quantized step by step
        byte[] events = {0, (byte) 0x90, 60, 90, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, (byte) 0x80, 60, 0, 0, (byte) 0xFF, 0x2F, 0};
        Path held = Files.write(dir.resolve("held.mid"), midiFile(1, events));
        Map<Path, MelodyCorpus.FileReport> reports = corpus(List.of(dir));
        assertSkipped(reports, held, "lasts 268435455 ticks");
        assertSkipped(reports, held, "more than the " + MidiFileReader.MAX_BARS + " bars read from one file");
        assertGoodFileRead(reports, good);
    }

    @Test
    void aFileLargerThanTheLimitIsSkippedUnread() throws Exception {
        Path good = goodFile();
        byte[] huge = new byte[MidiFileReader.MAX_BYTES + 1];
        System.arraycopy(scaleBytes(1), 0, huge, 0, 14);
        Path big = Files.write(dir.resolve("big.mid"), huge);
        Map<Path, MelodyCorpus.FileReport> reports = corpus(List.of(dir));
        assertSkipped(reports, big, "is " + huge.length + " bytes, more than the 16 MB a MIDI file may have");
        assertGoodFileRead(reports, good);
    }

    @Test
    void aFileWithMoreEventsThanTheLimitIsSkipped() throws Exception {
        Path good = goodFile();
        int count = MidiFileReader.MAX_EVENTS + 1;
        byte[] events = new byte[4 + 3 * count];
        events[1] = (byte) 0x90; // delta 0, note on; then running status: delta 0, pitch, velocity 0
        events[2] = 60;
        for (int i = 1; i < count; i++) {
            events[1 + 3 * i] = 0;
            events[2 + 3 * i] = 60;
        }
        Path busy = Files.write(dir.resolve("busy.mid"), midiFile(96, java.util.Arrays.copyOf(events, 1 + 3 * count)));
        Map<Path, MelodyCorpus.FileReport> reports = corpus(List.of(dir));
        assertSkipped(reports, busy, "more than the " + MidiFileReader.MAX_EVENTS + " events read from one file");
        assertGoodFileRead(reports, good);
    }

    @Test
    void aNamedPipeIsRefusedWithoutBeingOpened() throws Exception {
        Path good = goodFile();
        Path pipe = dir.resolve("pipe.mid");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        Map<Path, MelodyCorpus.FileReport> inFolder = corpus(List.of(dir));
        assertSkipped(inFolder, pipe, "is not a regular file");
        assertGoodFileRead(inFolder, good);
        Map<Path, MelodyCorpus.FileReport> named = corpus(List.of(good, pipe));
        assertSkipped(named, pipe, "is not a regular file");
        assertGoodFileRead(named, good);
        IOException e = assertTimeoutPreemptively(PATIENCE, () -> assertThrows(IOException.class, () -> MelodyMidi.read(pipe)));
        assertEquals(pipe + ": is not a regular file", e.getMessage());
    }

    @Test
    void devZeroIsRefusedNotReadForever() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Path good = goodFile();
        Map<Path, MelodyCorpus.FileReport> reports = corpus(List.of(good, zero));
        assertSkipped(reports, zero, "is not a regular file");
        assertGoodFileRead(reports, good);
        IOException e = assertTimeoutPreemptively(PATIENCE, () -> assertThrows(IOException.class, () -> MidiMelodyExtractor.extract(zero)));
        assertEquals("/dev/zero: is not a regular file", e.getMessage());
    }

    @Test
    void aSequenceBuiltInMemoryIsBoundedToo() throws Exception {
        Sequence sequence = new Sequence(Sequence.PPQ, 1);
        Track track = sequence.createTrack();
        track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 60, 90), 0));
        track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, 60, 0), 1L << 28));
        Path name = dir.resolve("in-memory.mid");
        MidiFormatException e = assertThrows(MidiFormatException.class, () -> MidiMelodyExtractor.wholeMelody(name, sequence));
        assertTrue(e.getMessage().startsWith(name + ": lasts 268435456 ticks"), e.getMessage());
    }
}
