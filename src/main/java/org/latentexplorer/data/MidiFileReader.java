package org.latentexplorer.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.Track;

/**
 * Reads a standard MIDI file with bounded work: only regular files of at most {@value #MAX_BYTES} bytes,
 * every chunk and event length checked against the bytes really there (Java's reader trusts them, and
 * allocates what a lying length asks for), at most {@value #MAX_EVENTS} events and {@value #MAX_BARS}
 * bars. Whatever is wrong is a {@link MidiFormatException} naming the file and the reason.
 */
public final class MidiFileReader {
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    public static final int MAX_EVENTS = 2_000_000;
    public static final int MAX_BARS = 12_500;
    static final long MAX_STEPS = (long) MAX_BARS * Melody.STEPS_PER_BAR;
    static final long MAX_LINE_STEPS = 64_000_000;
    private static final int HEADER = 0x4D546864; // "MThd"
    private static final int TRACK = 0x4D54726B; // "MTrk"

    private MidiFileReader() {
    }

    /** The file's sequence, read from at most {@value #MAX_BYTES} bytes after its structure was checked. */
    public static Sequence read(Path file) throws IOException {
        byte[] bytes = readBytes(file);
        checkStructure(file, bytes);
        Sequence sequence;
        try {
            sequence = MidiSystem.getSequence(new ByteArrayInputStream(bytes));
        } catch (InvalidMidiDataException | IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new MidiFormatException(file, "not a readable MIDI file (" + reason + ")");
        } catch (RuntimeException e) {
            throw new MidiFormatException(file, "corrupt MIDI data (" + e.getClass().getSimpleName() + ")");
        }
        checkSize(file, sequence);
        return sequence;
    }

    /** Refuses a sequence (from a file or built in memory) too long or too busy to quantize step by step. */
    public static void checkSize(Path file, Sequence sequence) throws MidiFormatException {
        if (sequence.getDivisionType() != Sequence.PPQ || sequence.getResolution() <= 0) {
            return; // the extractor names the timing problem
        }
        long events = 0;
        for (Track track : sequence.getTracks()) {
            events += track.size();
        }
        if (events > MAX_EVENTS) {
            throw new MidiFormatException(file, "holds " + events + " events, more than the " + MAX_EVENTS + " read from one file");
        }
        checkSteps(file, sequence.getTickLength(), sequence.getResolution());
    }

    /** Each line of notes (a track's channel) is quantized over the whole piece: refuses more work than a huge song needs. */
    static void checkWork(Path file, int lines, long steps) throws MidiFormatException {
        if ((long) lines * steps > MAX_LINE_STEPS) {
            throw new MidiFormatException(file, "has " + lines + " lines of notes (track and channel) over " + steps / Melody.STEPS_PER_BAR
                    + " bars, more than the " + MAX_LINE_STEPS / Melody.STEPS_PER_BAR + " line-bars read from one file");
        }
    }

    private static void checkSteps(Path file, long ticks, int resolution) throws MidiFormatException {
        if (resolution > 0 && ticks / resolution * Melody.STEPS_PER_QUARTER > MAX_STEPS) {
            throw new MidiFormatException(file, "lasts " + ticks + " ticks (" + ticks / resolution / 4 + " bars of 4/4), more than the "
                    + MAX_BARS + " bars read from one file");
        }
    }

    private static byte[] readBytes(Path file) throws IOException {
        InputFiles.requireFile(file, "no such MIDI file");
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw tooLarge(file, size);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file, bytes.length);
        }
        if (bytes.length == 0) {
            throw new MidiFormatException(file, "empty file");
        }
        return bytes;
    }

    private static MidiFormatException tooLarge(Path file, long size) {
        return new MidiFormatException(file, "is " + size + " bytes, more than the " + MAX_BYTES / (1024 * 1024) + " MB a MIDI file may have");
    }

    /** Chunk lengths against the file's length, then every track's events against its chunk. */
    static void checkStructure(Path file, byte[] bytes) throws MidiFormatException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length < 14 || buffer.getInt(0) != HEADER) {
            throw new MidiFormatException(file, "not a MIDI file (no MThd header)");
        }
        long headerLength = buffer.getInt(4) & 0xffffffffL;
        if (headerLength < 6 || 8 + headerLength > bytes.length) {
            throw new MidiFormatException(file, "corrupt: the header chunk declares " + headerLength + " bytes but the file holds "
                    + bytes.length);
        }
        int promisedTracks = buffer.getShort(10) & 0xffff;
        int division = buffer.getShort(12) & 0xffff;
        int resolution = (division & 0x8000) != 0 ? 0 : division;
        int tracks = 0;
        long events = 0;
        long at = 8 + headerLength;
        while (at + 8 <= bytes.length) {
            long length = buffer.getInt((int) at + 4) & 0xffffffffL;
            if (at + 8 + length > bytes.length) {
                throw new MidiFormatException(file, "truncated: chunk " + (tracks + 1) + " declares " + length
                        + " bytes but only " + (bytes.length - at - 8) + " remain");
            }
            if (buffer.getInt((int) at) == TRACK) {
                tracks++;
                events += new TrackScan(file, bytes, (int) at + 8, (int) (at + 8 + length), tracks).scan(resolution, MAX_EVENTS - events);
            }
            at += 8 + length;
        }
        if (tracks < promisedTracks) {
            throw new MidiFormatException(file, "truncated: the header promises " + promisedTracks + " tracks, the file holds " + tracks);
        }
    }

    /** Walks one track's events without building them: lengths must stay inside the chunk. */
    private static final class TrackScan {
        private final Path file;
        private final byte[] bytes;
        private final int end;
        private final int track;
        private int at;

        TrackScan(Path file, byte[] bytes, int start, int end, int track) {
            this.file = file;
            this.bytes = bytes;
            this.at = start;
            this.end = end;
            this.track = track;
        }

        /** The number of events; refuses more than {@code eventsLeft} or a track longer than the bars allowed. */
        long scan(int resolution, long eventsLeft) throws MidiFormatException {
            long events = 0;
            long ticks = 0;
            int running = -1;
            while (at < end) {
                ticks += varInt();
                checkSteps(file, ticks, resolution);
                int status = next() & 0xff;
                if (status < 0x80) {
                    if (running < 0) {
                        throw problem("a data byte 0x" + Integer.toHexString(status) + " where an event should start");
                    }
                    at--;
                    status = running;
                }
                if (status == 0xFF) {
                    next();
                    skip(varInt());
                } else if (status == 0xF0 || status == 0xF7) {
                    skip(varInt());
                } else if (status > 0xF0) {
                    throw problem("status byte 0x" + Integer.toHexString(status) + " has no place in a MIDI file");
                } else {
                    running = status;
                    int command = status & 0xF0;
                    skip(command == 0xC0 || command == 0xD0 ? 1 : 2);
                }
                if (++events > eventsLeft) {
                    throw new MidiFormatException(file, "holds more than the " + MAX_EVENTS + " events read from one file");
                }
            }
            return events;
        }

        private int next() throws MidiFormatException {
            if (at >= end) {
                throw problem("an event runs past the end of the track");
            }
            return bytes[at++];
        }

        private long varInt() throws MidiFormatException {
            long value = 0;
            for (int i = 0; i < 4; i++) {
                int b = next() & 0xff;
                value = (value << 7) | (b & 0x7f);
                if (b < 0x80) {
                    return value;
                }
            }
            throw problem("a variable-length number longer than 4 bytes");
        }

        private void skip(long length) throws MidiFormatException {
            if (length > end - at) {
                throw problem("an event declares " + length + " bytes but only " + (end - at) + " remain in the track");
            }
            at += (int) length;
        }

        private MidiFormatException problem(String what) {
            return new MidiFormatException(file, "corrupt: track " + track + ": " + what);
        }
    }
}
