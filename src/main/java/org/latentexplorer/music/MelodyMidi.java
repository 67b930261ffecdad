package org.latentexplorer.music;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * {@code PPQ / 4} ticks, the true tempo in microseconds per quarter, 4/4, one instrument on channel 1; the track ends
 * at the melody's last step, so trailing rests are kept. (JFugue 4.0.3's own writer gets tempo and note values
 * wrong, so this one writes the file itself.) Several melodies go in a row into one file with a marker at the
 * start of each ({@link #writeInRow}).
 */
public final class MelodyMidi {
    public static final int PPQ = 480;
    public static final int TICKS_PER_STEP = PPQ / Melody.STEPS_PER_QUARTER;
    private static final int VELOCITY = 96;
    private static final int CHANNEL = 0;

    private MelodyMidi() {
    }

    public static Sequence toSequence(Melody melody, int program) {
        return sequence(melody, program, List.of());
    }

    /** Marker meta events ({@code 0x06}) name the parts of a file of several melodies. */
    private record Marker(int step, String text) {
    }

    private static Sequence sequence(Melody melody, int program, List<Marker> markers) {
        try {
            Sequence sequence = new Sequence(Sequence.PPQ, PPQ);
            Track track = sequence.createTrack();
            track.add(at(0, new MetaMessage(0x03, "Latent Explorer melody".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 22)));
            int micros = (int) Math.round(60_000_000 / melody.bpm());
            track.add(at(0, new MetaMessage(0x51, new byte[] {(byte) (micros >> 16), (byte) (micros >> 8), (byte) micros}, 3)));
            track.add(at(0, new MetaMessage(0x58, new byte[] {4, 2, 24, 8}, 4)));
            track.add(at(0, new ShortMessage(ShortMessage.PROGRAM_CHANGE, CHANNEL, program, 0)));
            for (Marker marker : markers) {
                byte[] text = marker.text().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                track.add(at((long) marker.step() * TICKS_PER_STEP, new MetaMessage(0x06, text, text.length)));
            }
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

    /**
     * Writes {@code parts} one after another into one file, a marker "1 of N", "2 of N", ... at the start of each; the
     * file holds {@link #inRow}{@code (parts)} at the first part's tempo.
     */
    public static void writeInRow(List<Melody> parts, int program, Path file) throws IOException {
        List<Marker> markers = new ArrayList<>();
        int step = 0;
        for (int i = 0; i < parts.size(); i++) {
            markers.add(new Marker(step, (i + 1) + " of " + parts.size()));
            step += parts.get(i).length();
        }
        Sequence sequence = sequence(inRow(parts), program, markers);
        AtomicFiles.write(file, out -> MidiSystem.write(sequence, 1, out));
    }

    /**
     * The melodies joined as they sound one after another: a part that opens holding (silence at its start) gets a
     * note-off there, so the previous part's last note stops where it did on its own.
     */
    public static Melody inRow(List<Melody> parts) {
        List<Melody> clean = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            int[] events = parts.get(i).events();
            if (i > 0 && events[0] == Melody.NO_EVENT) {
                events[0] = Melody.NOTE_OFF;
            }
            clean.add(new Melody(events, parts.get(i).bpm()));
        }
        return asWritten(Melody.concat(clean));
    }

    /**
     * The melody as a MIDI file holds it, and as it reads back: a note-off where nothing sounds (the model may decode
     * one) is no event at all.
     */
    public static Melody asWritten(Melody melody) {
        int[] events = melody.events();
        boolean sounding = false;
        for (int i = 0; i < events.length; i++) {
            if (events[i] == Melody.NOTE_OFF) {
                if (!sounding) {
                    events[i] = Melody.NO_EVENT;
                }
                sounding = false;
            } else if (Melody.isNoteOn(events[i])) {
                sounding = true;
            }
        }
        return new Melody(events, melody.bpm());
    }

    /**
     * Reads a melody back from a MIDI file: the skyline of its non-drum notes, whole bars, up to the end of its
     * longest track (so a file this class wrote reads back with its trailing rests).
     */
    public static Melody read(Path file) throws IOException {
        Sequence sequence = MidiFileReader.read(file);
        Melody notes = MidiMelodyExtractor.wholeMelody(file, sequence);
        long endStep = Math.round(sequence.getTickLength() * Melody.STEPS_PER_QUARTER / (double) sequence.getResolution());
        long bars = (endStep + Melody.STEPS_PER_BAR - 1) / Melody.STEPS_PER_BAR;
        if (bars * Melody.STEPS_PER_BAR <= notes.length() || bars > MidiFileReader.MAX_BARS) {
            return notes;
        }
        int[] events = java.util.Arrays.copyOf(notes.events(), (int) bars * Melody.STEPS_PER_BAR);
        if (Melody.isNoteOn(lastEventBefore(events, notes.length()))) {
            events[notes.length()] = Melody.NOTE_OFF; // the last note ended with the last whole bar of notes
        }
        return new Melody(events, notes.bpm());
    }

    private static int lastEventBefore(int[] events, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (events[i] != Melody.NO_EVENT) {
                return events[i];
            }
        }
        return Melody.NO_EVENT;
    }

    private static MidiEvent at(long tick, MidiMessage message) {
        return new MidiEvent(message, tick);
    }
}
