package org.latentexplorer.music;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;

/**
 * Where the {@link MelodyPlayer} plays: the built-in synthesizer or a MIDI output device, on a channel
 * 1..16. Switching (and closing) silences the old device first, so no note hangs there. A device that
 * will not open, drops out of the list or stops taking messages sends the sound back to the built-in
 * synthesizer, and {@code onProblem} hears one line that names it.
 */
public final class MidiOutputs implements AutoCloseable {
    public static final int MIN_CHANNEL = 1;
    public static final int MAX_CHANNEL = 16;

    private final Consumer<String> onProblem;
    private volatile MidiPorts.Catalog catalog;
    private MelodyPlayer player;
    private MidiPorts.Output current = MidiPorts.BUILT_IN;
    private Guarded receiver;
    private int channel = MIN_CHANNEL;

    /** {@code onProblem} may be called from any thread. */
    public MidiOutputs(MidiPorts.Catalog catalog, Consumer<String> onProblem) {
        this.catalog = Objects.requireNonNull(catalog);
        this.onProblem = onProblem;
    }

    /** Lists another catalog's devices from now on (tests pass their own). */
    public void setCatalog(MidiPorts.Catalog newCatalog) {
        catalog = Objects.requireNonNull(newCatalog);
    }

    public MidiPorts.Catalog catalog() {
        return catalog;
    }

    /** Plays into {@code newPlayer} from now on, on the output and channel chosen so far. */
    public synchronized void attach(MelodyPlayer newPlayer) {
        player = newPlayer;
        route();
    }

    /**
     * The built-in synthesizer, then the output devices there now. When the chosen device is no longer
     * among them, the sound goes back to the built-in synthesizer and the problem is told.
     */
    public synchronized List<MidiPorts.Output> choices() {
        List<MidiPorts.Output> devices = catalog.outputs();
        if (current != MidiPorts.BUILT_IN && devices.stream().noneMatch(d -> d.name().equals(current.name()))) {
            String gone = current.name();
            switchTo(MidiPorts.BUILT_IN, null, channel);
            onProblem.accept("MIDI output " + gone + " is gone: " + fallback());
        }
        List<MidiPorts.Output> all = new ArrayList<>();
        all.add(MidiPorts.BUILT_IN);
        all.addAll(devices);
        return all;
    }

    /**
     * Plays on {@code output} ({@link MidiPorts#BUILT_IN} for the built-in synthesizer) on {@code newChannel}
     * 1..16; returns the output now in use, the built-in synthesizer when {@code output} would not open.
     */
    public synchronized MidiPorts.Output select(MidiPorts.Output output, int newChannel) {
        if (newChannel < MIN_CHANNEL || newChannel > MAX_CHANNEL) {
            throw new IllegalArgumentException("MIDI channel must be " + MIN_CHANNEL + ".." + MAX_CHANNEL + ", got " + newChannel);
        }
        MidiPorts.Output chosen = output == null ? MidiPorts.BUILT_IN : output;
        if (chosen == current || chosen != MidiPorts.BUILT_IN && current != MidiPorts.BUILT_IN && chosen.name().equals(current.name())) {
            channel = newChannel;
            route();
            return current;
        }
        if (chosen == MidiPorts.BUILT_IN) {
            switchTo(chosen, null, newChannel);
            return current;
        }
        try {
            switchTo(chosen, new Guarded(chosen.open(), chosen.name()), newChannel);
        } catch (MidiUnavailableException | RuntimeException e) {
            switchTo(MidiPorts.BUILT_IN, null, newChannel);
            onProblem.accept("Could not open MIDI output " + chosen.name() + ": " + reason(e) + "; " + fallback());
        }
        return current;
    }

    public synchronized MidiPorts.Output current() {
        return current;
    }

    /** The channel played on, 1..16. */
    public synchronized int channel() {
        return channel;
    }

    /** Where the sound goes, for the status line. */
    public synchronized String describe() {
        if (current != MidiPorts.BUILT_IN) {
            return "MIDI out: " + current.name() + " · channel " + channel;
        }
        if (player == null) {
            return "audio starting…";
        }
        if (!player.hasBuiltIn()) {
            return "audio: no sound device";
        }
        return "audio: " + player.describe() + (channel == MIN_CHANNEL ? "" : " · channel " + channel);
    }

    /** Silences and closes the device in use; the player goes back to the built-in synthesizer. */
    @Override
    public synchronized void close() {
        switchTo(MidiPorts.BUILT_IN, null, channel);
    }

    private void switchTo(MidiPorts.Output next, Guarded nextReceiver, int newChannel) {
        MidiPorts.Output old = current;
        current = next;
        receiver = nextReceiver;
        channel = newChannel;
        route(); // the player silences the old output before it lets go of it
        if (old != MidiPorts.BUILT_IN && old != next) {
            try {
                old.close();
            } catch (RuntimeException ignored) {
                // a vanished device may refuse to close: it is gone either way
            }
        }
    }

    private void route() {
        if (player != null) {
            player.setOutput(receiver, current.name(), channel - 1);
        }
    }

    private String fallback() {
        return player == null || player.hasBuiltIn() ? "playing on the built-in synthesizer"
                : "back to the built-in synthesizer, which has no sound device here";
    }

    /** A device went wrong while playing: back to the built-in synthesizer, from another thread (the player's holds its lock). */
    private void lost(Guarded which, String why) {
        Thread fallingBack = new Thread(() -> {
            String name;
            synchronized (this) {
                if (receiver != which) {
                    return;
                }
                name = current.name();
                switchTo(MidiPorts.BUILT_IN, null, channel);
            }
            onProblem.accept("MIDI output " + name + " stopped taking notes (" + why + "): " + fallback());
        }, "midi-output-lost");
        fallingBack.setDaemon(true);
        fallingBack.start();
    }

    static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ").trim();
    }

    /** A device's receiver that, once it fails, takes no more messages and says so once. */
    private final class Guarded implements Receiver {
        private final Receiver device;
        private final String name;
        private volatile boolean failed;

        Guarded(Receiver device, String name) {
            this.device = device;
            this.name = name;
        }

        @Override
        public void send(MidiMessage message, long timeStamp) {
            if (failed) {
                return;
            }
            try {
                device.send(message, timeStamp);
            } catch (RuntimeException e) {
                failed = true;
                lost(this, reason(e));
            }
        }

        @Override
        public void close() {
            device.close();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
