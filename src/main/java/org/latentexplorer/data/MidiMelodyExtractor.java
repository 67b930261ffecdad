package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * MIDI file to two-bar melodies, as MusicVAE's {@code mel_2bar} does it: every non-drum track and
 * channel is a line; notes are quantized to the 16th-note grid; where notes of a line overlap the
 * highest sounds (skyline); a two-bar window slides one bar at a time over the 4/4 bars; windows with
 * too few notes or a silent bar are dropped, and so are repeats.
 */
public final class MidiMelodyExtractor {
    public static final int MIN_NOTES = 4;
    private static final int DRUM_CHANNEL = 9;
    private static final int META_TEMPO = 0x51;
    private static final int META_TIME_SIGNATURE = 0x58;
    private static final int MICROSECONDS_PER_MINUTE = 60_000_000;

    /** What one file gave: its melodies in order of appearance and the count of each kind of drop. */
    public record Extraction(Path file, List<Melody> melodies, Map<DropReason, Integer> dropped) {
        public Extraction {
            melodies = List.copyOf(melodies);
            dropped = Map.copyOf(dropped);
        }

        public int droppedTotal() {
            return dropped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    record Note(long startStep, long endStep, int pitch) {
    }

    private record Bar(long startStep, boolean fourFour) {
    }

    private MidiMelodyExtractor() {
    }

    public static Extraction extract(Path file) throws IOException {
        return extract(file, Melody.STEPS_PER_BAR);
    }

    /**
     * As {@link #extract(Path)} with windows starting every {@code hopSteps} sixteenths inside the 4/4 bars
     * (a divisor of 16): 16 is one window a bar; 4, one a beat, gives four times the training data.
     */
    public static Extraction extract(Path file, int hopSteps) throws IOException {
        return extract(file, MidiFileReader.read(file), hopSteps);
    }

    /**
     * The whole piece as one melody from its first bar to the end of its last whole bar: the skyline of
     * all non-drum notes, whatever the time signature. This is how an exported melody reads back.
     */
    public static Melody wholeMelody(Path file, Sequence sequence) throws MidiFormatException {
        if (sequence.getDivisionType() != Sequence.PPQ || sequence.getResolution() <= 0) {
            throw new MidiFormatException(file, "only ticks-per-quarter-note timing is supported");
        }
        MidiFileReader.checkSize(file, sequence);
        double stepsPerTick = Melody.STEPS_PER_QUARTER / (double) sequence.getResolution();
        TreeMap<Long, Double> tempos = new TreeMap<>();
        Map<Long, List<Note>> lines = new HashMap<>();
        long lastStep = 0;
        Track[] tracks = sequence.getTracks();
        for (int t = 0; t < tracks.length; t++) {
            lastStep = Math.max(lastStep, readTrack(tracks[t], t, stepsPerTick, new TreeMap<>(), tempos, lines));
        }
        if (lastStep == 0) {
            throw new MidiFormatException(file, "no notes outside the drum channel");
        }
        int length = (int) ((lastStep + Melody.STEPS_PER_BAR - 1) / Melody.STEPS_PER_BAR * Melody.STEPS_PER_BAR);
        int[] pitchAt = new int[length + 1];
        boolean[] onsetAt = new boolean[pitchAt.length];
        skyline(lines.values().stream().flatMap(List::stream).toList(), pitchAt, onsetAt);
        return new Melody(events(pitchAt, onsetAt, 0, length), bpmAt(tempos, 0));
    }

    /** Melodies of a sequence already in memory; {@code file} only names it in messages. */
    public static Extraction extract(Path file, Sequence sequence) throws MidiFormatException {
        return extract(file, sequence, Melody.STEPS_PER_BAR);
    }

    private static Extraction extract(Path file, Sequence sequence, int hopSteps) throws MidiFormatException {
        if (hopSteps < 1 || Melody.STEPS_PER_BAR % hopSteps != 0) {
            throw new IllegalArgumentException("the window hop must divide " + Melody.STEPS_PER_BAR + " steps, got " + hopSteps);
        }
        if (sequence.getDivisionType() != Sequence.PPQ) {
            throw new MidiFormatException(file, "SMPTE timing is not supported, only ticks per quarter note");
        }
        int resolution = sequence.getResolution();
        if (resolution <= 0) {
            throw new MidiFormatException(file, "resolution of " + resolution + " ticks per quarter note");
        }
        MidiFileReader.checkSize(file, sequence);
        double stepsPerTick = Melody.STEPS_PER_QUARTER / (double) resolution;
        TreeMap<Long, int[]> timeSignatures = new TreeMap<>();
        TreeMap<Long, Double> tempos = new TreeMap<>();
        Map<Long, List<Note>> lines = new HashMap<>();
        long lastStep = 0;
        Track[] tracks = sequence.getTracks();
        for (int t = 0; t < tracks.length; t++) {
            lastStep = Math.max(lastStep, readTrack(tracks[t], t, stepsPerTick, timeSignatures, tempos, lines));
        }
        MidiFileReader.checkWork(file, lines.size(), lastStep + Melody.WINDOW_STEPS);

        Map<DropReason, Integer> dropped = new EnumMap<>(DropReason.class);
        Set<List<Integer>> seen = new HashSet<>();
        List<Melody> kept = new ArrayList<>();
        List<Bar> bars = bars(timeSignatures, lastStep);
        List<Long> lineKeys = new ArrayList<>(lines.keySet());
        lineKeys.sort(Comparator.naturalOrder());
        for (long key : lineKeys) {
            int[] pitchAt = new int[(int) lastStep + Melody.WINDOW_STEPS];
            boolean[] onsetAt = new boolean[pitchAt.length];
            skyline(lines.get(key), pitchAt, onsetAt);
            for (int b = 0; b + 1 < bars.size(); b++) {
                if (!bars.get(b).fourFour() || !bars.get(b + 1).fourFour()) {
                    if (soundsWithin(pitchAt, bars.get(b).startStep(), bars.get(b + 1).startStep())) {
                        dropped.merge(DropReason.NOT_FOUR_FOUR, 1, Integer::sum);
                    }
                    continue;
                }
                boolean thirdBarFourFour = b + 2 < bars.size() && bars.get(b + 2).fourFour();
                for (int offset = 0; offset < Melody.STEPS_PER_BAR && (offset == 0 || thirdBarFourFour); offset += hopSteps) {
                    int start = (int) bars.get(b).startStep() + offset;
                    if (!soundsWithin(pitchAt, start, start + Melody.WINDOW_STEPS)) {
                        continue;
                    }
                    int[] events = events(pitchAt, onsetAt, start, Melody.WINDOW_STEPS);
                    DropReason problem = problem(events);
                    if (problem == null) {
                        if (seen.add(Arrays.stream(events).boxed().toList())) {
                            kept.add(new Melody(events, bpmAt(tempos, start)));
                        } else {
                            dropped.merge(DropReason.DUPLICATE, 1, Integer::sum);
                        }
                    } else {
                        dropped.merge(problem, 1, Integer::sum);
                    }
                }
            }
        }
        return new Extraction(file, kept, dropped);
    }

    private static long readTrack(Track track, int trackIndex, double stepsPerTick, TreeMap<Long, int[]> timeSignatures,
                                  TreeMap<Long, Double> tempos, Map<Long, List<Note>> lines) {
        Map<Integer, ArrayList<Long>> soundingSince = new HashMap<>();
        long lastStep = 0;
        for (int i = 0; i < track.size(); i++) {
            MidiEvent event = track.get(i);
            long step = Math.round(event.getTick() * stepsPerTick);
            if (event.getMessage() instanceof MetaMessage meta) {
                byte[] data = meta.getData();
                if (meta.getType() == META_TIME_SIGNATURE && data.length >= 2) {
                    timeSignatures.put(step, new int[] {data[0] & 0xff, 1 << (data[1] & 0x0f)});
                } else if (meta.getType() == META_TEMPO && data.length >= 3) {
                    int microsPerQuarter = ((data[0] & 0xff) << 16) | ((data[1] & 0xff) << 8) | (data[2] & 0xff);
                    if (microsPerQuarter > 0) {
                        tempos.put(step, MICROSECONDS_PER_MINUTE / (double) microsPerQuarter);
                    }
                }
            } else if (event.getMessage() instanceof ShortMessage message && message.getChannel() != DRUM_CHANNEL) {
                int command = message.getCommand();
                int pitch = message.getData1();
                int key = message.getChannel() * 128 + pitch;
                if (command == ShortMessage.NOTE_ON && message.getData2() > 0) {
                    soundingSince.computeIfAbsent(key, k -> new ArrayList<>()).add(step);
                } else if (command == ShortMessage.NOTE_OFF || command == ShortMessage.NOTE_ON) {
                    ArrayList<Long> starts = soundingSince.get(key);
                    if (starts != null && !starts.isEmpty()) {
                        long start = starts.remove(0);
                        if (pitch >= Melody.MIN_PITCH && pitch <= Melody.MAX_PITCH) {
                            long lineKey = (long) trackIndex * 16 + message.getChannel();
                            lines.computeIfAbsent(lineKey, k -> new ArrayList<>())
                                    .add(new Note(start, Math.max(start + 1, step), pitch));
                            lastStep = Math.max(lastStep, Math.max(start + 1, step));
                        }
                    }
                }
            }
        }
        return lastStep;
    }

    /** Bars from the time signatures (4/4 until the first one), covering steps up to {@code lastStep}. */
    private static List<Bar> bars(TreeMap<Long, int[]> timeSignatures, long lastStep) {
        List<Bar> bars = new ArrayList<>();
        long step = 0;
        int[] signature = {4, 4};
        while (step < lastStep) {
            Map.Entry<Long, int[]> change = timeSignatures.floorEntry(step);
            if (change != null) {
                signature = change.getValue();
            }
            double barSteps = signature[0] * (double) Melody.STEPS_PER_BAR / signature[1];
            long length = Math.max(1, Math.round(barSteps));
            Long nextChange = timeSignatures.higherKey(step);
            if (nextChange != null && nextChange < step + length) {
                length = nextChange - step;
            }
            boolean fourFour = signature[0] == 4 && signature[1] == 4 && length == Melody.STEPS_PER_BAR;
            bars.add(new Bar(step, fourFour));
            step += length;
        }
        return bars;
    }

    /** Fills the highest sounding pitch per step (0 where silent) and marks the steps where a note starts. */
    static void skyline(List<Note> notes, int[] pitchAt, boolean[] onsetAt) {
        long[] ownerStart = new long[pitchAt.length];
        for (Note note : notes) {
            for (long s = note.startStep(); s < note.endStep() && s < pitchAt.length; s++) {
                int i = (int) s;
                boolean higher = note.pitch() > pitchAt[i];
                boolean restruck = note.pitch() == pitchAt[i] && note.startStep() > ownerStart[i];
                if (higher || restruck) {
                    pitchAt[i] = note.pitch();
                    ownerStart[i] = note.startStep();
                    onsetAt[i] = s == note.startStep();
                }
            }
        }
    }

    static int[] events(int[] pitchAt, boolean[] onsetAt, int start, int steps) {
        int[] events = new int[steps];
        for (int s = 0; s < events.length; s++) {
            int i = start + s;
            int previous = s == 0 ? 0 : pitchAt[i - 1];
            if (pitchAt[i] == 0) {
                events[s] = previous != 0 ? Melody.NOTE_OFF : Melody.NO_EVENT;
            } else if (s == 0 || onsetAt[i] || pitchAt[i] != previous) {
                events[s] = Melody.noteOn(pitchAt[i]);
            } else {
                events[s] = Melody.NO_EVENT;
            }
        }
        return events;
    }

    static DropReason problem(int[] events) {
        int notes = 0;
        boolean sounding = false;
        boolean[] barSounds = new boolean[events.length / Melody.STEPS_PER_BAR];
        for (int s = 0; s < events.length; s++) {
            if (Melody.isNoteOn(events[s])) {
                notes++;
                sounding = true;
            } else if (events[s] == Melody.NOTE_OFF) {
                sounding = false;
            }
            barSounds[s / Melody.STEPS_PER_BAR] |= sounding;
        }
        if (notes < MIN_NOTES) {
            return DropReason.TOO_FEW_NOTES;
        }
        for (boolean sounds : barSounds) {
            if (!sounds) {
                return DropReason.SILENT_BAR;
            }
        }
        return null;
    }

    static boolean soundsWithin(int[] pitchAt, long from, long to) {
        for (long s = from; s < to && s < pitchAt.length; s++) {
            if (pitchAt[(int) s] != 0) {
                return true;
            }
        }
        return false;
    }

    static double bpmAt(TreeMap<Long, Double> tempos, long step) {
        Map.Entry<Long, Double> tempo = tempos.floorEntry(step);
        double bpm = tempo == null ? Melody.DEFAULT_BPM : tempo.getValue();
        return Math.round(bpm * 100) / 100.0;
    }
}
