package org.latentexplorer.ui.melodies;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import org.latentexplorer.data.Melody;
import org.latentexplorer.music.MelodyExport;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.music.MidiOutputs;
import org.latentexplorer.music.MidiPorts;

/**
 * The Melodies view's sound: the player (opened on its own thread, so a slow or missing sound device
 * never holds up the window), tempo, instrument and looping, playing the melody at the puck or the
 * strip, what is playing and where, and exports timed as they sound.
 */
public final class MelodyPlayback implements AutoCloseable {
    public static final int DEFAULT_TEMPO = 120;

    /** What the player is playing. */
    public enum Playing { NOTHING, POINT, STRIP }

    private final MelodySession session;
    private final Executor fxThread;
    private final MelodyPlayer.SynthesizerSource audio;
    private final StringProperty message;
    private final IntegerProperty tempo = new SimpleIntegerProperty(this, "tempo", DEFAULT_TEMPO);
    private final IntegerProperty program = new SimpleIntegerProperty(this, "program", 0);
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop", true);
    private final ReadOnlyObjectWrapper<Playing> playing = new ReadOnlyObjectWrapper<>(this, "playing", Playing.NOTHING);
    private final ReadOnlyIntegerWrapper playStep = new ReadOnlyIntegerWrapper(this, "playStep", -1);
    private final ReadOnlyStringWrapper audioState = new ReadOnlyStringWrapper(this, "audioState", MelodiesText.AUDIO_STARTING.text());
    private final MidiOutputs outputs;
    private final List<Consumer<Melody>> barListeners = new CopyOnWriteArrayList<>();
    private volatile MelodyPlayer player;
    private boolean closed;

    /** Starts the player on {@code audio}; what it has to say goes to the session's message. */
    MelodyPlayback(MelodySession session, Executor fxThread, MelodyPlayer.SynthesizerSource audio) {
        this.session = session;
        this.fxThread = fxThread;
        this.audio = audio;
        this.message = session.messageProperty();
        this.outputs = new MidiOutputs(MidiPorts.Catalog.SYSTEM, this::outputProblem);
        tempo.addListener((obs, old, bpm) -> withPlayer(p -> p.setTempo(bpm.intValue())));
        program.addListener((obs, old, p) -> withPlayer(pl -> pl.setProgram(p.intValue())));
        loop.addListener((obs, old, on) -> withPlayer(p -> p.setLoop(on)));
        startPlayer();
    }

    private void startPlayer() {
        Thread starter = new Thread(() -> {
            MelodyPlayer opened = MelodyPlayer.open(audio, fxThread, text -> fxThread.execute(() -> message.set(plainWords(text))));
            opened.setListener(new MelodyPlayer.Listener() {
                @Override
                public void step(Melody melody, int step) {
                    Melody bar = step % Melody.STEPS_PER_BAR == 0 ? melody.slice(step, step + Melody.STEPS_PER_BAR) : null;
                    fxThread.execute(() -> {
                        playStep.set(step);
                        if (bar != null) {
                            barListeners.forEach(listener -> listener.accept(bar));
                        }
                    });
                }

                @Override
                public void stopped() {
                    fxThread.execute(() -> {
                        playing.set(Playing.NOTHING);
                        playStep.set(-1);
                    });
                }
            });
            try {
                fxThread.execute(() -> {
                    if (closed) {
                        opened.close();
                        return;
                    }
                    player = opened;
                    player.setTempo(tempo.get());
                    player.setProgram(program.get());
                    outputs.attach(player);
                    audioState.set(audioText());
                });
            } catch (RuntimeException refused) {
                opened.close();
            }
        }, "melody-audio-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** A MIDI output went wrong (from any thread): the sound is back on the built-in synthesizer. */
    private void outputProblem(String problem) {
        fxThread.execute(() -> {
            message.set(problem);
            audioState.set(audioText());
        });
    }

    /** Plays on {@code output} and MIDI channel 1..16 from now on; returns the output in use (the built-in synthesizer when it would not open). */
    public MidiPorts.Output routeTo(MidiPorts.Output output, int channel) {
        MidiPorts.Output inUse = outputs.select(output, channel);
        audioState.set(audioText());
        return inUse;
    }

    /** The MIDI outputs and inputs, and which output plays. */
    public MidiOutputs outputs() {
        return outputs;
    }

    /** Where the sound goes, for the status line ({@link MidiOutputs#describe()} in the window's language). */
    private String audioText() {
        MidiPorts.Output current = outputs.current();
        int channel = outputs.channel();
        MelodyPlayer p = player;
        if (current != MidiPorts.BUILT_IN) {
            return MelodiesText.MIDI_OUT_STATUS.format(current.name(), channel);
        } else if (p == null) {
            return MelodiesText.AUDIO_STARTING.text();
        } else if (!p.hasBuiltIn()) {
            return MelodiesText.AUDIO_NONE.text();
        }
        return channel == MidiOutputs.MIN_CHANNEL ? MelodiesText.AUDIO.format(p.describe()) : MelodiesText.AUDIO_CHANNEL.format(p.describe(), channel);
    }

    /** What the window says when no sound device opens (instead of the device's own words). */
    static String noSound() {
        return MelodiesText.NO_SOUND.text();
    }

    /** The player's technical "no audio" text, said plainly. */
    private static String plainWords(String text) {
        return text.startsWith(MelodyPlayer.NO_AUDIO) ? noSound() : text;
    }

    private void withPlayer(Consumer<MelodyPlayer> action) {
        MelodyPlayer p = player;
        if (p != null) {
            action.accept(p);
        }
    }

    public void togglePlay() {
        if (isPlaying()) {
            stop();
        } else {
            play();
        }
    }

    /** Plays the melody at the puck (looping when Loop is on). */
    public void play() {
        Shown now = session.shownProperty().get();
        if (now == null) {
            message.set(MelodiesText.NOTHING_DECODED.text());
            return;
        }
        play(now.melody(), Playing.POINT);
    }

    /** Plays the strip's tiles one after another. */
    public void playStrip() {
        Strip s = session.paths().stripProperty().get();
        if (s.isEmpty()) {
            message.set(MelodiesText.STRIP_EMPTY_PLAY.text());
            return;
        }
        play(s.tune(), Playing.STRIP);
    }

    /** Plays {@code melody} at the tempo set (looping when Loop is on), as {@code what}. */
    private void play(Melody melody, Playing what) {
        MelodyPlayer p = player;
        if (p == null) {
            message.set(MelodiesText.AUDIO_STILL_STARTING.text());
            return;
        }
        p.play(melody.withBpm(tempo.get()), loop.get());
        if (p.available()) {
            playing.set(what);
        }
    }

    /** While the point's melody loops, {@code next} takes over at the next bar line. */
    void queueIfPlayingPoint(Melody next) {
        if (playing.get() == Playing.POINT) {
            withPlayer(p -> p.queue(next.withBpm(tempo.get())));
        }
    }

    /** The one-shot JFugue rendition of the melody at the puck. */
    public void playWithJFugue() {
        Shown now = session.shownProperty().get();
        if (now != null) {
            withPlayer(p -> p.playWithJFugue(now.melody().withBpm(tempo.get()), program.get()));
        }
    }

    boolean isPlaying() {
        return playing.get() != Playing.NOTHING;
    }

    public void stop() {
        withPlayer(MelodyPlayer::stop);
        playing.set(Playing.NOTHING);
        playStep.set(-1);
    }

    /** Writes the melody at the puck as MIDI, or as WAV when the name ends in .wav; returns what was written. */
    public Melody exportMelody(Path file) throws IOException {
        Shown now = session.shownProperty().get();
        if (now == null) {
            throw new IOException(MelodiesText.NOTHING_DECODED.text());
        }
        return export(now.melody(), file);
    }

    /** Writes the strip's joined tune (MIDI, or WAV by extension). */
    public Melody exportTune(Path file) throws IOException {
        Strip now = session.paths().stripProperty().get();
        if (now.isEmpty()) {
            throw new IOException(MelodiesText.STRIP_EMPTY.text());
        }
        return export(now.tune(), file);
    }

    /** Writes {@code melody} at the tempo and instrument set, as it sounds (MIDI, or WAV by extension). */
    public Melody export(Melody melody, Path file) throws IOException {
        Melody timed = melody.withBpm(tempo.get());
        MelodyExport.write(timed, program.get(), file);
        return timed;
    }

    /** {@code listener} hears each bar as it starts to play, on the FX thread. */
    void addBarListener(Consumer<Melody> listener) {
        barListeners.add(listener);
    }

    public IntegerProperty tempoProperty() {
        return tempo;
    }

    public IntegerProperty programProperty() {
        return program;
    }

    public BooleanProperty loopProperty() {
        return loop;
    }

    public ReadOnlyObjectProperty<Playing> playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty playStepProperty() {
        return playStep.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty audioStateProperty() {
        return audioState.getReadOnlyProperty();
    }

    /** The player once audio has started (null before). */
    public MelodyPlayer player() {
        return player;
    }

    @Override
    public void close() {
        closed = true;
        outputs.close();
        withPlayer(MelodyPlayer::close);
    }
}
