package org.latentexplorer.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * Two-bar melodies of one folk tune as abc2midi wrote it: the melody line only (the first voice: the first track and
 * channel that play a note), quantized to the 16th-note grid, cut into windows that start on the bar lines abc2midi's
 * bar accents mark ({@link AccentedBars}), every {@code hop} sixteenths within runs of regular duple bars. A 2/4 tune
 * gives one window per two bars. Windows with too few notes or a silent bar are dropped, and so are repeats.
 */
final class FolkTuneExtractor {
    private static final int DRUM_CHANNEL = 9;
    private static final int META_TEMPO = 0x51;
    private static final int META_TIME_SIGNATURE = 0x58;
    private static final int MICROSECONDS_PER_MINUTE = 60_000_000;

    private FolkTuneExtractor() {
    }

    static MidiMelodyExtractor.Extraction extract(Path file, Sequence sequence, int hopSteps) throws MidiFormatException {
        if (hopSteps < 1 || Melody.STEPS_PER_BAR % hopSteps != 0) {
            throw new IllegalArgumentException("the window hop must divide " + Melody.STEPS_PER_BAR + " steps, got " + hopSteps);
        }
        if (sequence.getDivisionType() != Sequence.PPQ || sequence.getResolution() <= 0) {
            throw new MidiFormatException(file, "only ticks-per-quarter-note timing is supported");
        }
        MidiFileReader.checkSize(file, sequence);
        Line line = Line.read(sequence);
        if (line.notes.isEmpty()) {
            throw new MidiFormatException(file, "no notes outside the drum channel");
        }
        MidiFileReader.checkWork(file, 1, line.lastStep + Melody.WINDOW_STEPS);
        int[] pitchAt = new int[(int) line.lastStep + 2 * Melody.WINDOW_STEPS];
        boolean[] onsetAt = new boolean[pitchAt.length];
        MidiMelodyExtractor.skyline(line.notes, pitchAt, onsetAt);
        AccentedBars bars = new AccentedBars(line.accents, line.timeSignatures, line.lastStep,
                AccentedBars.SoundTest.of(s -> s < pitchAt.length && pitchAt[(int) s] != 0));

        Map<DropReason, Integer> dropped = new EnumMap<>(DropReason.class);
        count(dropped, DropReason.IRREGULAR_BAR, bars.irregularBars());
        count(dropped, DropReason.NOT_DUPLE, bars.notDupleBars());
        Set<List<Integer>> seen = new HashSet<>();
        List<Melody> kept = new ArrayList<>();
        for (AccentedBars.Run run : bars.runs()) {
            for (long start = run.start(); start + Melody.WINDOW_STEPS <= run.end(); start += hopSteps) {
                if (!MidiMelodyExtractor.soundsWithin(pitchAt, start, start + Melody.WINDOW_STEPS)) {
                    continue;
                }
                int[] events = MidiMelodyExtractor.events(pitchAt, onsetAt, (int) start, Melody.WINDOW_STEPS);
                DropReason problem = MidiMelodyExtractor.problem(events);
                if (problem != null) {
                    count(dropped, problem, 1);
                } else if (seen.add(Arrays.stream(events).boxed().toList())) {
                    kept.add(new Melody(events, MidiMelodyExtractor.bpmAt(line.tempos, start)));
                } else {
                    count(dropped, DropReason.DUPLICATE, 1);
                }
            }
        }
        return new MidiMelodyExtractor.Extraction(file, kept, dropped);
    }

    private static void count(Map<DropReason, Integer> dropped, DropReason reason, int count) {
        if (count > 0) {
            dropped.merge(reason, count, Integer::sum);
        }
    }

    /** The melody line's notes and accents, with the tempos and time signatures of the whole file, in steps. */
    private static final class Line {
        final List<MidiMelodyExtractor.Note> notes = new ArrayList<>();
        final TreeSet<Long> accents = new TreeSet<>();
        final TreeMap<Long, int[]> timeSignatures = new TreeMap<>();
        final TreeMap<Long, Double> tempos = new TreeMap<>();
        long lastStep;

        static Line read(Sequence sequence) {
            double stepsPerTick = Melody.STEPS_PER_QUARTER / (double) sequence.getResolution();
            Line line = new Line();
            Track[] tracks = sequence.getTracks();
            int[] voice = firstVoice(tracks);
            Map<Long, Integer> loudest = new TreeMap<>();
            for (int t = 0; t < tracks.length; t++) {
                Map<Integer, List<long[]>> sounding = new HashMap<>();
                for (int i = 0; i < tracks[t].size(); i++) {
                    MidiEvent event = tracks[t].get(i);
                    long step = Math.round(event.getTick() * stepsPerTick);
                    if (event.getMessage() instanceof MetaMessage meta) {
                        line.meta(meta, step);
                    } else if (t == voice[0] && event.getMessage() instanceof ShortMessage message && message.getChannel() == voice[1]) {
                        line.note(message, step, sounding, loudest);
                    }
                }
            }
            int accent = loudest.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            loudest.forEach((step, velocity) -> {
                if (velocity == accent) {
                    line.accents.add(step);
                }
            });
            return line;
        }

        /** Track and channel of the first note-on outside the drum channel, or {-1, -1}. */
        private static int[] firstVoice(Track[] tracks) {
            for (int t = 0; t < tracks.length; t++) {
                for (int i = 0; i < tracks[t].size(); i++) {
                    if (tracks[t].get(i).getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.NOTE_ON
                            && m.getData2() > 0 && m.getChannel() != DRUM_CHANNEL) {
                        return new int[] {t, m.getChannel()};
                    }
                }
            }
            return new int[] {-1, -1};
        }

        private void meta(MetaMessage meta, long step) {
            byte[] data = meta.getData();
            if (meta.getType() == META_TIME_SIGNATURE && data.length >= 2 && (data[1] & 0xff) < 8) {
                timeSignatures.put(step, new int[] {data[0] & 0xff, 1 << (data[1] & 0xff)});
            } else if (meta.getType() == META_TEMPO && data.length >= 3) {
                int microsPerQuarter = ((data[0] & 0xff) << 16) | ((data[1] & 0xff) << 8) | (data[2] & 0xff);
                if (microsPerQuarter > 0) {
                    tempos.put(step, MICROSECONDS_PER_MINUTE / (double) microsPerQuarter);
                }
            }
        }

        /** A note-on starts a note (and, at its step, counts its velocity); a note-off ends the oldest of that pitch. */
        private void note(ShortMessage message, long step, Map<Integer, List<long[]>> sounding, Map<Long, Integer> loudest) {
            int pitch = message.getData1();
            if (message.getCommand() == ShortMessage.NOTE_ON && message.getData2() > 0) {
                sounding.computeIfAbsent(pitch, p -> new ArrayList<>()).add(new long[] {step});
                loudest.merge(step, message.getData2(), Math::max);
            } else if (message.getCommand() == ShortMessage.NOTE_OFF || message.getCommand() == ShortMessage.NOTE_ON) {
                List<long[]> starts = sounding.get(pitch);
                if (starts != null && !starts.isEmpty()) {
                    long start = starts.remove(0)[0];
                    if (pitch >= Melody.MIN_PITCH && pitch <= Melody.MAX_PITCH) {
                        long end = Math.max(start + 1, step);
                        notes.add(new MidiMelodyExtractor.Note(start, end, pitch));
                        lastStep = Math.max(lastStep, end);
                    }
                }
            }
        }
    }
}
