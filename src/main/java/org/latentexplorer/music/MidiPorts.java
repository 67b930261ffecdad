package org.latentexplorer.music;

import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.MidiDevice;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequencer;
import javax.sound.midi.Synthesizer;

/**
 * Java Sound's MIDI devices as the window lists them: outputs (a USB synth, an ALSA port such as the
 * {@code snd-virmidi} module's VirMIDI that a DAW listens to) and inputs (a keyboard). The software
 * sequencer is neither, and the software synthesizer is the {@link #BUILT_IN} choice, listed first.
 */
public final class MidiPorts {
    public static final String BUILT_IN_NAME = "Built-in synthesizer";

    /** A MIDI device that plays what it is sent. */
    public interface Output {
        String name();

        /** Opens the device and gives a receiver into it. */
        Receiver open() throws MidiUnavailableException;

        /** Closes the device (nothing when it is not open). */
        void close();
    }

    /** A MIDI device that sends what is played on it. */
    public interface Input {
        String name();

        /** Opens the device and sends what is played on it into {@code into}. */
        void open(Receiver into) throws MidiUnavailableException;

        void close();
    }

    /** Where the lists come from: Java Sound, or a test's own devices. */
    public interface Catalog {
        List<Output> outputs();

        List<Input> inputs();

        /** The devices Java Sound sees now (ALSA's are listed afresh on every call). */
        Catalog SYSTEM = new Catalog() {
            @Override
            public List<Output> outputs() {
                return outputsOf(systemDevices());
            }

            @Override
            public List<Input> inputs() {
                return inputsOf(systemDevices());
            }
        };
    }

    /** The synthesizer the player opened itself; choosing it routes the sound back there. */
    public static final Output BUILT_IN = new Output() {
        @Override
        public String name() {
            return BUILT_IN_NAME;
        }

        @Override
        public Receiver open() {
            throw new UnsupportedOperationException("the built-in synthesizer is the player's own");
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return BUILT_IN_NAME;
        }
    };

    private MidiPorts() {
    }

    /** The devices that take receivers, less sequencers and synthesizers. */
    static List<Output> outputsOf(List<MidiDevice> devices) {
        List<Output> outputs = new ArrayList<>();
        for (MidiDevice device : devices) {
            if (device.getMaxReceivers() != 0 && !(device instanceof Sequencer) && !(device instanceof Synthesizer)) {
                outputs.add(new SystemOutput(device));
            }
        }
        return outputs;
    }

    /** The devices that have transmitters, less sequencers and synthesizers. */
    static List<Input> inputsOf(List<MidiDevice> devices) {
        List<Input> inputs = new ArrayList<>();
        for (MidiDevice device : devices) {
            if (device.getMaxTransmitters() != 0 && !(device instanceof Sequencer) && !(device instanceof Synthesizer)) {
                inputs.add(new SystemInput(device));
            }
        }
        return inputs;
    }

    private static List<MidiDevice> systemDevices() {
        List<MidiDevice> devices = new ArrayList<>();
        for (MidiDevice.Info info : MidiSystem.getMidiDeviceInfo()) {
            try {
                devices.add(MidiSystem.getMidiDevice(info));
            } catch (MidiUnavailableException | RuntimeException gone) {
                // unplugged between listing and asking: not there
            }
        }
        return devices;
    }

    private record SystemOutput(MidiDevice device) implements Output {
        @Override
        public String name() {
            return device.getDeviceInfo().getName();
        }

        @Override
        public Receiver open() throws MidiUnavailableException {
            device.open();
            try {
                return device.getReceiver();
            } catch (MidiUnavailableException | RuntimeException e) {
                device.close();
                throw e;
            }
        }

        @Override
        public void close() {
            device.close();
        }

        @Override
        public String toString() {
            return name();
        }
    }

    private record SystemInput(MidiDevice device) implements Input {
        @Override
        public String name() {
            return device.getDeviceInfo().getName();
        }

        @Override
        public void open(Receiver into) throws MidiUnavailableException {
            device.open();
            try {
                device.getTransmitter().setReceiver(into);
            } catch (MidiUnavailableException | RuntimeException e) {
                device.close();
                throw e;
            }
        }

        @Override
        public void close() {
            device.close();
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
