package org.latentexplorer.music;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequencer;
import javax.sound.midi.ShortMessage;

/** Passes MIDI on to another receiver with every channel message moved to one channel (JFugue writes channel 1). */
final class Rechannel implements Receiver {
    private final Receiver target;
    private final int channel;

    Rechannel(Receiver target, int channel) {
        this.target = target;
        this.channel = channel;
    }

    /** A sequencer, not tied to the default synthesizer, that plays into {@code target} on {@code channel} 0..15. */
    static Sequencer sequencerInto(Receiver target, int channel) throws MidiUnavailableException {
        Sequencer sequencer = MidiSystem.getSequencer(false);
        sequencer.getTransmitter().setReceiver(new Rechannel(target, channel));
        return sequencer;
    }

    @Override
    public void send(MidiMessage message, long timeStamp) {
        if (message instanceof ShortMessage m && m.getCommand() >= ShortMessage.NOTE_OFF && m.getCommand() < 0xF0) {
            try {
                target.send(new ShortMessage(m.getCommand(), channel, m.getData1(), m.getData2()), timeStamp);
            } catch (InvalidMidiDataException e) {
                throw new IllegalStateException("cannot move " + m.getCommand() + " to channel " + channel, e);
            }
        } else {
            target.send(message, timeStamp);
        }
    }

    @Override
    public void close() {
        // the target belongs to whoever opened it
    }
}
