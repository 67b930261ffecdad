package org.latentexplorer.music;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Synthesizer;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.latentexplorer.data.AtomicFiles;

/**
 * Renders a MIDI sequence to a WAV file with Java's built-in software synthesizer (Gervill) reading its
 * output as a stream, so no sound card is needed. The stream is opened through Gervill's
 * {@code AudioSynthesizer.openStream}, which needs
 * {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED} (the launcher and tests pass it).
 */
public final class WavRenderer {
    public static final AudioFormat FORMAT = new AudioFormat(44_100f, 16, 2, true, false);
    private static final double TAIL_SECONDS = 1.0;

    private WavRenderer() {
    }

    /** Renders and returns the length of the audio in seconds (the music plus a short release tail). */
    public static double render(Sequence sequence, Path wav) throws IOException {
        List<MidiEvent> events = eventsInOrder(sequence);
        double[] seconds = secondsOf(events, sequence.getResolution());
        double length = (seconds.length == 0 ? 0 : seconds[seconds.length - 1]) + TAIL_SECONDS;
        Synthesizer synthesizer;
        try {
            synthesizer = MidiSystem.getSynthesizer();
        } catch (MidiUnavailableException e) {
            throw new IOException("no software synthesizer in this Java: " + e.getMessage(), e);
        }
        try (AudioInputStream stream = openStream(synthesizer)) {
            Receiver receiver = synthesizer.getReceiver();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).getMessage() instanceof ShortMessage message) {
                    receiver.send(message, Math.round(seconds[i] * 1e6));
                }
            }
            long frames = Math.round(length * FORMAT.getFrameRate());
            AtomicFiles.write(wav, out -> AudioSystem.write(new AudioInputStream(stream, FORMAT, frames), AudioFileFormat.Type.WAVE, out));
        } catch (MidiUnavailableException e) {
            throw new IOException("the software synthesizer would not start: " + e.getMessage(), e);
        } finally {
            synthesizer.close();
        }
        return length;
    }

    private static AudioInputStream openStream(Synthesizer synthesizer) throws IOException {
        try {
            Method open = synthesizer.getClass().getMethod("openStream", AudioFormat.class, Map.class);
            return (AudioInputStream) open.invoke(synthesizer, FORMAT, null);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IOException("cannot render audio without a sound card: this Java's synthesizer does not offer a stream"
                    + " (run with --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED)", e);
        } catch (InvocationTargetException e) {
            throw new IOException("the software synthesizer would not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static List<MidiEvent> eventsInOrder(Sequence sequence) {
        List<MidiEvent> events = new ArrayList<>();
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                events.add(track.get(i));
            }
        }
        events.sort(Comparator.comparingLong(MidiEvent::getTick));
        return events;
    }

    /** Wall-clock time of each event, following the tempo changes. */
    private static double[] secondsOf(List<MidiEvent> events, int resolution) {
        double[] seconds = new double[events.size()];
        double secondsPerTick = 0.5 / resolution;
        double now = 0;
        long lastTick = 0;
        for (int i = 0; i < events.size(); i++) {
            MidiEvent event = events.get(i);
            now += (event.getTick() - lastTick) * secondsPerTick;
            lastTick = event.getTick();
            seconds[i] = now;
            if (event.getMessage() instanceof MetaMessage meta && meta.getType() == 0x51 && meta.getData().length >= 3) {
                byte[] d = meta.getData();
                int micros = ((d[0] & 0xff) << 16) | ((d[1] & 0xff) << 8) | (d[2] & 0xff);
                secondsPerTick = micros / 1e6 / resolution;
            }
        }
        return seconds;
    }
}
