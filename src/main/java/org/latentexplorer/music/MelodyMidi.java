package org.latentexplorer.music;

import java.io.IOException;
import java.nio.file.Path;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.MidiFileReader;
import org.latentexplorer.data.MidiMelodyExtractor;

/**
 * A melody as a standard MIDI file a DAW reads right: PPQ {@value #PPQ}, a sixteenth is
 * {@code PPQ / 4} ticks, the true tempo in microseconds per quarter, 4/4, one instrument on channel 1.
 * (JFugue 4.0.3's own writer gets tempo and note values wrong, so this one writes the file itself.)
 */
public final class MelodyMidi {
    public static final int PPQ = 480;
    public static final int TICKS_PER_STEP = PPQ / Melody.STEPS_PER_QUARTER;
    private static final int VELOCITY = 96;
    private static final int CHANNEL = 0;

    private MelodyMidi() {
    }

    public static Sequence toSequence(Melody melody, int program) {
        try {
            Sequence sequence = new Sequence(Sequence.PPQ, PPQ);
            Track track = sequence.createTrack();
            track.add(at(0, new MetaMessage(0x03, "Latent Explorer melody".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 22)));
            int micros = (int) Math.round(60_000_000 / melody.bpm());
            track.add(at(0, new MetaMessage(0x51, new byte[] {(byte) (micros >> 16), (byte) (micros >> 8), (byte) micros}, 3)));
            track.add(at(0, new MetaMessage(0x58, new byte[] {4, 2, 24, 8}, 4)));
            track.add(at(0, new ShortMessage(ShortMessage.PROGRAM_CHANGE, CHANNEL, program, 0)));
            int sounding = -1;
            for (int step = 0; step < melody.length(); step++) {
                int event = melody.event(step);
                long tick = (long) step * TICKS_PER_STEP;
                if (event != Melody.NO_EVENT && sounding >= 0) {
                    track.add(at(tick, new ShortMessage(ShortMessage.NOTE_OFF, CHANNEL, sounding, 0)));
                    sounding = -1;
                }
                if (Melody.isNoteOn(event)) {
                    sounding = Melody.pitchOf(event);
                    track.add(at(tick, new ShortMessage(ShortMessage.NOTE_ON, CHANNEL, sounding, VELOCITY)));
                }
            }
            long end = (long) melody.length() * TICKS_PER_STEP;
            if (sounding >= 0) {
                track.add(at(end, new ShortMessage(ShortMessage.NOTE_OFF, CHANNEL, sounding, 0)));
            }
            track.add(at(end, new MetaMessage(0x2F, new byte[0], 0)));
            return sequence;
        } catch (InvalidMidiDataException e) {
            throw new IllegalArgumentException("cannot build MIDI for program " + program + ": " + e.getMessage(), e);
        }
    }

    /** Writes a type-1 MIDI file; the old file, if any, is replaced only once the new one is complete. */
    public static void write(Melody melody, int program, Path file) throws IOException {
        Sequence sequence = toSequence(melody, program);
        AtomicFiles.write(file, out -> MidiSystem.write(sequence, 1, out));
    }

    /** Reads a melody back from a MIDI file: the skyline of its non-drum notes, whole bars. */
    public static Melody read(Path file) throws IOException {
        return MidiMelodyExtractor.wholeMelody(file, MidiFileReader.read(file));
    }

    private static MidiEvent at(long tick, MidiMessage message) {
        return new MidiEvent(message, tick);
    }
}
