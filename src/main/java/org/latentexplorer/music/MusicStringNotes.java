package org.latentexplorer.music;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfugue.ChannelPressure;
import org.jfugue.Controller;
import org.jfugue.Instrument;
import org.jfugue.JFugueException;
import org.jfugue.KeySignature;
import org.jfugue.Layer;
import org.jfugue.Measure;
import org.jfugue.MusicStringParser;
import org.jfugue.Note;
import org.jfugue.ParserListenerAdapter;
import org.jfugue.PitchBend;
import org.jfugue.PolyphonicPressure;
import org.jfugue.Tempo;
import org.jfugue.Time;
import org.jfugue.Voice;
import org.latentexplorer.data.Melody;

/**
 * A JFugue music string read token by token, with JFugue's own parser, into one line of notes and rests on the
 * sixteenth grid. Accepted besides notes and rests: ties ({@code C5q- C5-q}), bar lines ({@code |}), tempo
 * ({@code T100}), key signatures ({@code KGmaj}, which JFugue applies to the notes) and instruments (ignored).
 * Everything else is refused with a one-line message that quotes the token: what JFugue cannot read (or silently
 * skips), chords and other simultaneous notes, voices and layers, controllers, notes outside MIDI
 * {@value Melody#MIN_PITCH}..{@value Melody#MAX_PITCH} and durations that are not whole sixteenths.
 */
final class MusicStringNotes {
    static final int MIN_BPM = 20;
    static final int MAX_BPM = 300;
    private static final double SIXTEENTH = 1.0 / 16;
    /** JFugue 4 reads an explicit octave 0 (A0) as no octave at all (A5); the token shows what was meant. */
    private static final Pattern OCTAVE_ZERO = Pattern.compile("^([A-G])(#|B)*0(?![0-9]).*");

    /** A note ({@code pitch} a MIDI number) or a rest ({@code pitch} -1) of {@code steps} sixteenths; {@code tied} continues the note before. */
    record Sound(String token, int pitch, int steps, boolean tied) {
        boolean rest() {
            return pitch < 0;
        }
    }

    /** The sounds in order, and the tempo a {@code T} token set (0 when none did). */
    record Notes(List<Sound> sounds, int bpm) {
        Notes {
            sounds = List.copyOf(sounds);
        }
    }

    private MusicStringNotes() {
    }

    static Notes read(String music) {
        Collector collector = new Collector();
        MusicStringParser parser = new MusicStringParser();
        parser.addParserListener(collector);
        for (String token : music.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            collector.token = token;
            collector.events = 0;
            try {
                parser.parse(new org.jfugue.Pattern(token));
            } catch (JFugueException e) {
                throw new IllegalArgumentException("cannot read '" + token + "': " + firstSentence(e.getMessage()));
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cannot read '" + token + "' (" + e.getClass().getSimpleName() + ")");
            }
            if (collector.events == 0) {
                throw new IllegalArgumentException("cannot read '" + token + "': it is no note, rest, tie, bar line, tempo, key or"
                        + " instrument (e.g. C5q, Rq, C5q- C5-q, |, T100, KGmaj, I[Flute])");
            }
        }
        return new Notes(collector.sounds, collector.bpm);
    }

    private static String firstSentence(String message) {
        if (message == null || message.isBlank()) {
            return "JFugue cannot read it";
        }
        String text = message.replaceAll("\\s+", " ").trim();
        int found = text.indexOf(" Found while parsing");
        text = found >= 0 ? text.substring(0, found) : text;
        int end = text.indexOf(". ");
        return (end >= 0 ? text.substring(0, end) : text.replaceAll("\\.$", "")).trim();
    }

    /** Gathers one token's events at a time; {@code events} counts what the token gave. */
    private static final class Collector extends ParserListenerAdapter {
        final List<Sound> sounds = new ArrayList<>();
        String token;
        int events;
        int bpm;

        @Override
        public void noteEvent(Note note) {
            add(note);
        }

        @Override
        public void sequentialNoteEvent(Note note) {
            add(note);
        }

        @Override
        public void parallelNoteEvent(Note note) {
            throw new IllegalArgumentException("'" + token + "' sounds several notes at once (a chord): a melody plays one note at a time");
        }

        @Override
        public void tempoEvent(Tempo tempo) {
            if (!token.toUpperCase(Locale.ROOT).startsWith("T")) {
                return; // JFugue announces its default tempo at every parse
            }
            events++;
            if (tempo.getTempo() < MIN_BPM || tempo.getTempo() > MAX_BPM) {
                throw new IllegalArgumentException("'" + token + "': the tempo must be " + MIN_BPM + " to " + MAX_BPM
                        + " beats per minute, got " + tempo.getTempo());
            }
            bpm = tempo.getTempo();
        }

        @Override
        public void keySignatureEvent(KeySignature keySignature) {
            events++;
        }

        @Override
        public void instrumentEvent(Instrument instrument) {
            events++;
        }

        @Override
        public void measureEvent(Measure measure) {
            events++;
        }

        @Override
        public void voiceEvent(Voice voice) {
            events++;
            if (voice.getVoice() != 0) {
                throw new IllegalArgumentException("'" + token + "' starts another voice: a melody is one line of notes");
            }
        }

        @Override
        public void layerEvent(Layer layer) {
            events++;
            if (layer.getLayer() != 0) {
                throw new IllegalArgumentException("'" + token + "' starts another layer: a melody is one line of notes");
            }
        }

        @Override
        public void controllerEvent(Controller controller) {
            unsupported("a controller");
        }

        @Override
        public void pitchBendEvent(PitchBend pitchBend) {
            unsupported("a pitch bend");
        }

        @Override
        public void channelPressureEvent(ChannelPressure pressure) {
            unsupported("channel pressure");
        }

        @Override
        public void polyphonicPressureEvent(PolyphonicPressure pressure) {
            unsupported("key pressure");
        }

        @Override
        public void timeEvent(Time time) {
            unsupported("a time position (@)");
        }

        private void unsupported(String what) {
            throw new IllegalArgumentException("'" + token + "' is " + what + ": a tune holds notes, rests, ties, bar lines,"
                    + " tempo, key and instrument only");
        }

        private void add(Note note) {
            events++;
            double sixteenths = note.getDecimalDuration() / SIXTEENTH;
            long steps = Math.round(sixteenths);
            if (steps < 1 || Math.abs(sixteenths - steps) > 1e-6) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "'%s' lasts %s sixteenths: a melody moves on the"
                        + " sixteenth-note grid, so a note or rest lasts a whole number of sixteenths (s 1, i 2, q 4, h 8, w 16,"
                        + " dotted i. 3, q. 6, h. 12)", token, trim(sixteenths)));
            }
            if (steps > 100 * Melody.WINDOW_STEPS) {
                throw new IllegalArgumentException("'" + token + "' lasts " + steps + " sixteenths, far longer than a melody");
            }
            if (note.isRest()) {
                sounds.add(new Sound(token, -1, (int) steps, false));
                return;
            }
            int pitch = note.getValue();
            Matcher octaveZero = OCTAVE_ZERO.matcher(token.toUpperCase(Locale.ROOT));
            if (octaveZero.matches() && pitch >= 60) {
                pitch -= 60;
            }
            if (pitch < Melody.MIN_PITCH || pitch > Melody.MAX_PITCH) {
                throw new IllegalArgumentException("'" + token + "' is MIDI note " + pitch + ", outside the 88 keys a melody may use:"
                        + " " + Melody.MIN_PITCH + " (A1) to " + Melody.MAX_PITCH + " (C9), as JFugue numbers octaves (C5 = 60, middle C)");
            }
            boolean tied = note.isEndOfTie() && !sounds.isEmpty() && sounds.get(sounds.size() - 1).pitch() == pitch;
            sounds.add(new Sound(token, pitch, (int) steps, tied));
        }

        private static String trim(double value) {
            String text = String.format(Locale.ROOT, "%.3f", value);
            return text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
    }
}
