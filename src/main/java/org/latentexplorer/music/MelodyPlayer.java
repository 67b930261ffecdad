package org.latentexplorer.music;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Synthesizer;
import org.jfugue.Player;
import org.latentexplorer.data.Melody;

/**
 * Plays melodies live, a sixteenth at a time, on a synthesizer opened once. One daemon thread steps
 * through the melody against deadlines measured from when playing started ({@code start + n * step}),
 * so late wake-ups never add up to drift. {@link #queue} swaps in a new melody at the next bar line
 * without a gap, which is what lets a looping melody follow the mouse.
 *
 * <p>Without an audio device (the synthesizer will not open, e.g. "Can not open line") the player says
 * so once through {@code onUnavailable} and every play call does nothing; nothing is thrown.
 */
public final class MelodyPlayer implements AutoCloseable {
    public static final String NO_AUDIO = "No sound device found: playback is off; export still works";
    /** Why there is no sound, in the user's words (Java's own reason, e.g. "Can not open line", goes to the log). */
    public static final String NO_DEVICE = "no sound device found";
    public static final int MIN_BPM = 20;
    public static final int MAX_BPM = 400;
    private static final int VELOCITY = 96;

    /** Where the scheduler reads the time and waits; tests pass a fake one. */
    public interface Clock {
        long nanoTime();

        /** Returns at or after {@code deadline} (in {@link #nanoTime()} units). */
        void sleepUntil(long deadline) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleepUntil(long deadline) throws InterruptedException {
                long left;
                while ((left = deadline - System.nanoTime()) > 0) {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                }
            }
        };
    }

    /** Told (through the listener executor) where playback is. */
    public interface Listener {
        /** The step about to sound of {@code melody} (the whole tune for a sequence). */
        void step(Melody melody, int step);

        /** Playback ended (stopped, or a one-shot melody reached its end). */
        default void stopped() {
        }
    }

    /** Opens a synthesizer; a failure makes the player silent. */
    @FunctionalInterface
    public interface SynthesizerSource {
        Synthesizer open() throws MidiUnavailableException;

        /** Java's default synthesizer (Gervill), opened on the sound card. */
        SynthesizerSource DEFAULT = () -> {
            Synthesizer synthesizer = MidiSystem.getSynthesizer();
            try {
                synthesizer.open();
            } catch (MidiUnavailableException | RuntimeException e) {
                synthesizer.close();
                throw e;
            }
            return synthesizer;
        };
    }

    private final Object lock = new Object();
    private final Clock clock;
    private final Executor listenerExecutor;
    private final Consumer<String> onUnavailable;
    private final AtomicBoolean unavailableReported = new AtomicBoolean();
    private final Thread thread;
    private final Synthesizer synthesizer;
    /** The synthesizer's receiver (or the one a test passed), null without a sound device. */
    private final Receiver builtIn;
    private final String builtInName;
    private final String unavailableReason;
    private volatile Receiver receiver;
    private volatile String outputName;
    private Listener listener = new Listener() {
        @Override
        public void step(Melody melody, int step) {
        }
    };

    // ---- scheduler state, guarded by lock
    private Melody current;
    private Melody queued;
    private boolean loop;
    private boolean playing;
    private int position;
    private long anchor;
    private long stepsSinceAnchor;
    private double bpm = Melody.DEFAULT_BPM;
    private int program;
    private int channel;
    private int sounding = -1;
    private long generation;
    private boolean closed;

    /** Plays through the default synthesizer; {@code onUnavailable} hears once if there is no audio device. */
    public static MelodyPlayer open(Executor listenerExecutor, Consumer<String> onUnavailable) {
        return open(SynthesizerSource.DEFAULT, listenerExecutor, onUnavailable);
    }

    public static MelodyPlayer open(SynthesizerSource source, Executor listenerExecutor, Consumer<String> onUnavailable) {
        Synthesizer synthesizer = null;
        String reason = null;
        try {
            synthesizer = source.open();
        } catch (MidiUnavailableException | RuntimeException e) {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        Receiver receiver = null;
        if (synthesizer != null) {
            try {
                receiver = synthesizer.getReceiver();
            } catch (MidiUnavailableException e) {
                reason = e.getMessage();
                synthesizer.close();
                synthesizer = null;
            }
        }
        return new MelodyPlayer(synthesizer, receiver, reason, Clock.SYSTEM, listenerExecutor, onUnavailable);
    }

    /** Plays into any receiver (tests record what it is sent). */
    public MelodyPlayer(Receiver receiver, Clock clock, Executor listenerExecutor) {
        this(null, Objects.requireNonNull(receiver), null, clock, listenerExecutor, message -> { });
    }

    private MelodyPlayer(Synthesizer synthesizer, Receiver receiver, String reason, Clock clock, Executor listenerExecutor,
                         Consumer<String> onUnavailable) {
        this.synthesizer = synthesizer;
        this.builtIn = receiver;
        this.receiver = receiver;
        this.builtInName = synthesizer == null ? "custom receiver" : synthesizer.getDeviceInfo().getName();
        this.outputName = builtInName;
        this.unavailableReason = receiver == null ? NO_DEVICE : null;
        if (receiver == null && reason != null) {
            System.err.println("latent: no sound: " + reason);
        }
        this.clock = clock;
        this.listenerExecutor = listenerExecutor;
        this.onUnavailable = onUnavailable;
        thread = new Thread(this::run, "melody-player");
        thread.setDaemon(true);
        thread.start(); // also without a sound device: a MIDI output may be chosen later
    }

    /** Whether sound can be played (false when the synthesizer would not open and no MIDI output is chosen). */
    public boolean available() {
        return receiver != null;
    }

    /** Whether the built-in synthesizer opened. */
    public boolean hasBuiltIn() {
        return builtIn != null;
    }

    /** Why the built-in synthesizer gives no sound, or null when it does. */
    public String unavailableReason() {
        return unavailableReason;
    }

    /** A short description of where the sound goes. */
    public String describe() {
        return available() ? outputName : "no audio device";
    }

    /**
     * Plays from now on into {@code output} (a MIDI device's receiver, named {@code name}; null: back to the
     * built-in synthesizer) on {@code newChannel} 0..15. The old output first hears a note-off for the note
     * sounding and All Notes Off on the old channel; the new one hears the instrument's program change.
     */
    public void setOutput(Receiver output, String name, int newChannel) {
        if (newChannel < 0 || newChannel > 15) {
            throw new IllegalArgumentException("channel must be 0..15, got " + newChannel);
        }
        synchronized (lock) {
            silence();
            receiver = output == null ? builtIn : output;
            outputName = output == null ? builtInName : name;
            channel = newChannel;
            if (receiver == null) {
                if (playing) {
                    halt();
                }
            } else {
                unavailableReported.set(false);
                send(ShortMessage.PROGRAM_CHANGE, program, 0);
            }
        }
    }

    /** The MIDI channel played on, 0..15. */
    public int channel() {
        synchronized (lock) {
            return channel;
        }
    }

    public void setListener(Listener listener) {
        synchronized (lock) {
            this.listener = Objects.requireNonNull(listener);
        }
    }

    /** Starts {@code melody} from its first step, looping it or once. */
    public void play(Melody melody, boolean loop) {
        if (!usable()) {
            return;
        }
        synchronized (lock) {
            current = melody;
            queued = null;
            this.loop = loop;
            position = 0;
            playing = true;
            generation++;
            anchor = clock.nanoTime();
            stepsSinceAnchor = 0;
            lock.notifyAll();
        }
    }

    /** Plays the melodies one after another as one tune (strips and paths). */
    public void playSequence(List<Melody> melodies, boolean loop) {
        play(Melody.concat(melodies), loop);
    }

    /**
     * Replaces what plays from the next bar line on, keeping the place in the bar (a two-bar loop goes
     * on in its second bar when the swap falls there). When nothing plays, it does nothing.
     */
    public void queue(Melody melody) {
        if (!available()) {
            return;
        }
        synchronized (lock) {
            if (playing) {
                queued = melody;
            }
        }
    }

    public void setLoop(boolean loop) {
        synchronized (lock) {
            this.loop = loop;
        }
    }

    public void stop() {
        if (!available()) {
            return;
        }
        synchronized (lock) {
            if (!playing) {
                return;
            }
            halt();
        }
    }

    public boolean isPlaying() {
        synchronized (lock) {
            return playing;
        }
    }

    /** Changes the tempo from the next step on (clamped to {@value #MIN_BPM}..{@value #MAX_BPM}). */
    public void setTempo(double newBpm) {
        synchronized (lock) {
            double clamped = Math.max(MIN_BPM, Math.min(MAX_BPM, newBpm));
            if (playing) {
                // re-anchor at the next step's deadline so that the change starts cleanly there
                anchor = anchor + stepsSinceAnchor * stepNanos();
                stepsSinceAnchor = 0;
            }
            bpm = clamped;
            lock.notifyAll();
        }
    }

    public double tempo() {
        synchronized (lock) {
            return bpm;
        }
    }

    /** General MIDI program 0..127 for the melody's channel, from now on. */
    public void setProgram(int newProgram) {
        if (newProgram < 0 || newProgram > 127) {
            throw new IllegalArgumentException("program must be 0..127, got " + newProgram);
        }
        synchronized (lock) {
            program = newProgram;
            if (available()) {
                send(ShortMessage.PROGRAM_CHANGE, program, 0);
            }
        }
    }

    public int program() {
        synchronized (lock) {
            return program;
        }
    }

    /**
     * The one-shot "play it with JFugue" path: the melody as a JFugue pattern, played by JFugue's own
     * player on this player's synthesizer (or through a sequencer into the chosen MIDI output and channel),
     * on a background thread. No-op without audio.
     */
    public void playWithJFugue(Melody melody, int withProgram) {
        if (!usable()) {
            return;
        }
        Receiver target = receiver;
        int onChannel = channel();
        boolean onSynthesizer = target == builtIn && synthesizer != null && onChannel == 0;
        Thread jfugue = new Thread(() -> {
            try {
                // JFugue's play closes its own sequencer when done; Player.close() would also close a synthesizer
                Player jfuguePlayer = onSynthesizer ? new Player(synthesizer) : new Player(Rechannel.sequencerInto(target, onChannel));
                jfuguePlayer.play(MelodyPattern.toPattern(melody, withProgram));
            } catch (MidiUnavailableException | RuntimeException e) {
                System.err.println("latent: JFugue could not play: " + e.getMessage());
                reportUnavailable();
            }
        }, "jfugue-player");
        jfugue.setDaemon(true);
        jfugue.start();
    }

    private boolean usable() {
        if (available()) {
            return true;
        }
        reportUnavailable();
        return false;
    }

    private void reportUnavailable() {
        if (unavailableReported.compareAndSet(false, true)) {
            onUnavailable.accept(NO_AUDIO);
        }
    }

    // ---- the scheduler thread

    private long stepNanos() {
        return Math.round(60e9 / bpm / Melody.STEPS_PER_QUARTER);
    }

    private void run() {
        synchronized (lock) {
            send(ShortMessage.PROGRAM_CHANGE, program, 0);
        }
        while (true) {
            long deadline;
            long seen;
            synchronized (lock) {
                while (!closed && !playing) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        closed = true;
                    }
                }
                if (closed) {
                    break;
                }
                deadline = anchor + stepsSinceAnchor * stepNanos();
                seen = generation;
            }
            try {
                clock.sleepUntil(deadline);
            } catch (InterruptedException e) {
                synchronized (lock) {
                    closed = true;
                }
                break;
            }
            synchronized (lock) {
                if (closed) {
                    break;
                }
                if (!playing || seen != generation || anchor + stepsSinceAnchor * stepNanos() > clock.nanoTime()) {
                    continue; // restarted, stopped or slowed down while we slept: wait for the new deadline
                }
                tick();
            }
        }
        synchronized (lock) {
            silence();
        }
        if (synthesizer != null) {
            synthesizer.close();
        }
    }

    /** Sounds one step (lock held). */
    private void tick() {
        if (position >= current.length()) {
            if (!loop) {
                halt();
                return;
            }
            position = 0;
        }
        boolean restart = position == 0;
        if (queued != null && position % Melody.STEPS_PER_BAR == 0) {
            Melody next = queued;
            queued = null;
            position = position % next.length();
            current = next;
            restart = true;
        }
        Melody melody = current;
        int step = position;
        int event = melody.event(step);
        if (restart) {
            noteOff();
            if (event == Melody.NO_EVENT) {
                int held = heldPitch(melody, step);
                if (held >= 0) {
                    noteOn(held);
                }
            }
        }
        if (event != Melody.NO_EVENT) {
            noteOff();
        }
        if (Melody.isNoteOn(event)) {
            noteOn(Melody.pitchOf(event));
        }
        position++;
        stepsSinceAnchor++;
        Listener told = listener;
        deliver(() -> told.step(melody, step));
    }

    /** The pitch sounding at {@code step} of {@code melody} (a note held over from earlier steps), or -1. */
    static int heldPitch(Melody melody, int step) {
        for (int i = step; i >= 0; i--) {
            int event = melody.event(i);
            if (event == Melody.NOTE_OFF) {
                return -1;
            }
            if (Melody.isNoteOn(event)) {
                return Melody.pitchOf(event);
            }
        }
        return -1;
    }

    private void halt() {
        playing = false;
        queued = null;
        generation++;
        silence();
        Listener told = listener;
        deliver(told::stopped);
        lock.notifyAll();
    }

    private void silence() {
        noteOff();
        send(ShortMessage.CONTROL_CHANGE, 123, 0); // all notes off
    }

    private void noteOn(int pitch) {
        send(ShortMessage.NOTE_ON, pitch, VELOCITY);
        sounding = pitch;
    }

    private void noteOff() {
        if (sounding >= 0) {
            send(ShortMessage.NOTE_OFF, sounding, 0);
            sounding = -1;
        }
    }

    private void send(int command, int data1, int data2) {
        Receiver target = receiver;
        if (target == null) {
            return;
        }
        try {
            target.send(new ShortMessage(command, channel, data1, data2), -1);
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException("bad MIDI message " + command + " " + data1 + " " + data2, e);
        } catch (IllegalStateException ignored) {
            // the receiver was closed under us (shutting down): nothing to play into
        }
    }

    private void deliver(Runnable news) {
        try {
            listenerExecutor.execute(news);
        } catch (RuntimeException refused) {
            // the listener's executor is gone (window closing)
        }
    }

    /** Stops playback, ends the thread and closes the synthesizer. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            playing = false;
            lock.notifyAll();
        }
        thread.interrupt();
        if (!thread.isAlive() && synthesizer != null) {
            synthesizer.close();
        }
    }

    /** Waits for the scheduler thread to end after {@link #close()}. */
    public boolean awaitTermination(long millis) throws InterruptedException {
        if (thread.isAlive()) {
            thread.join(Math.max(1, millis));
        }
        return !thread.isAlive();
    }
}
