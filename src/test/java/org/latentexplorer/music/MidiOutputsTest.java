package org.latentexplorer.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.midi.MidiDevice;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequencer;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Synthesizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Melody;

/** MIDI out without MIDI hardware: fake devices whose receivers record what they are sent. */
class MidiOutputsTest {
    private static final long T0 = 1_000_000_000L;
    private static final long STEP_120 = 125_000_000L;

    /** Time that moves only when the player sleeps; the player waits at {@code gateAt} until the test opens the gate. */
    private static final class GateClock implements MelodyPlayer.Clock {
        final AtomicLong now = new AtomicLong(T0);
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);
        volatile long gateAt = Long.MAX_VALUE;

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void sleepUntil(long deadline) throws InterruptedException {
            if (deadline >= gateAt && open.getCount() > 0) {
                reached.countDown();
                open.await();
            }
            now.updateAndGet(t -> Math.max(t, deadline));
        }
    }

    /** A receiver that keeps every short message. */
    private static final class Recording implements Receiver {
        final List<ShortMessage> got = Collections.synchronizedList(new ArrayList<>());
        volatile boolean failing;

        @Override
        public void send(MidiMessage message, long timeStamp) {
            if (failing) {
                throw new IllegalStateException("device unplugged");
            }
            got.add((ShortMessage) message);
        }

        List<ShortMessage> messages() {
            synchronized (got) {
                return List.copyOf(got);
            }
        }

        @Override
        public void close() {
        }
    }

    /** A MIDI output device of the test's own. */
    private static final class FakeOutput implements MidiPorts.Output {
        final String name;
        final Recording receiver = new Recording();
        String refuse;
        int opened;
        int closed;

        FakeOutput(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Receiver open() throws MidiUnavailableException {
            if (refuse != null) {
                throw new MidiUnavailableException(refuse);
            }
            opened++;
            return receiver;
        }

        @Override
        public void close() {
            closed++;
        }
    }

    private static MidiPorts.Catalog listing(List<MidiPorts.Output> outputs) {
        return new MidiPorts.Catalog() {
            @Override
            public List<MidiPorts.Output> outputs() {
                return outputs;
            }

            @Override
            public List<MidiPorts.Input> inputs() {
                return List.of();
            }
        };
    }

    private final LinkedBlockingQueue<String> problems = new LinkedBlockingQueue<>();
    private final Recording builtIn = new Recording();
    private final GateClock clock = new GateClock();
    private MelodyPlayer player;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private MidiOutputs outputs(MidiPorts.Output... devices) {
        player = new MelodyPlayer(builtIn, clock, Runnable::run);
        player.setListener(new MelodyPlayer.Listener() {
            @Override
            public void step(Melody melody, int step) {
            }

            @Override
            public void stopped() {
                stopped.countDown();
            }
        });
        MidiOutputs outputs = new MidiOutputs(listing(List.of(devices)), problems::add);
        outputs.attach(player);
        return outputs;
    }

    @AfterEach
    void close() throws InterruptedException {
        clock.open.countDown();
        if (player != null) {
            player.close();
            assertTrue(player.awaitTermination(5000));
        }
    }

    /** Steps 0..7: C4 for four sixteenths, D4 for two, a rest, E4. */
    private static Melody tune() {
        int[] events = new int[8];
        events[0] = Melody.noteOn(60);
        events[4] = Melody.noteOn(62);
        events[6] = Melody.NOTE_OFF;
        events[7] = Melody.noteOn(64);
        return new Melody(events);
    }

    private static List<ShortMessage> notes(List<ShortMessage> messages) {
        return messages.stream().filter(m -> m.getCommand() == ShortMessage.NOTE_ON || m.getCommand() == ShortMessage.NOTE_OFF).toList();
    }

    /** Every note-on has a note-off of the same pitch and channel after it, and All Notes Off follows the last note-on. */
    private static void assertNothingHangs(List<ShortMessage> messages, String where) {
        int lastOn = -1;
        for (int i = 0; i < messages.size(); i++) {
            ShortMessage m = messages.get(i);
            if (m.getCommand() != ShortMessage.NOTE_ON || m.getData2() == 0) {
                continue;
            }
            lastOn = i;
            boolean released = false;
            for (int j = i + 1; j < messages.size() && !released; j++) {
                ShortMessage later = messages.get(j);
                released = later.getChannel() == m.getChannel() && (later.getCommand() == ShortMessage.NOTE_OFF
                        || later.getCommand() == ShortMessage.NOTE_ON && later.getData2() == 0) && later.getData1() == m.getData1();
            }
            assertTrue(released, where + ": note-on " + m.getData1() + " at message " + i + " has a note-off after it");
        }
        assertTrue(lastOn >= 0, where + " heard notes");
        boolean allOff = false;
        for (int j = lastOn + 1; j < messages.size(); j++) {
            ShortMessage m = messages.get(j);
            allOff |= m.getCommand() == ShortMessage.CONTROL_CHANGE && m.getData1() == 123;
        }
        assertTrue(allOff, where + ": All Notes Off (CC 123) after the last note-on");
    }

    @Test
    void theChosenDeviceHearsEveryNoteOnTheChosenChannel() throws Exception {
        FakeOutput synth = new FakeOutput("USB Synth");
        MidiOutputs outputs = outputs(synth);
        assertSame(synth, outputs.select(synth, 5));
        int heardBefore = builtIn.messages().size();

        player.play(tune(), false);
        assertTrue(stopped.await(10, TimeUnit.SECONDS));

        List<ShortMessage> got = synth.receiver.messages();
        assertEquals(List.of(60, 62, 64), notes(got).stream().filter(m -> m.getCommand() == ShortMessage.NOTE_ON).map(ShortMessage::getData1).toList());
        assertTrue(got.stream().allMatch(m -> m.getChannel() == 4), "channel 5 is MIDI channel index 4: " + got);
        assertNothingHangs(got, "the synth");
        assertEquals(heardBefore, builtIn.messages().size(), "the built-in synthesizer hears nothing once the device is chosen");
        assertEquals("MIDI out: USB Synth · channel 5", outputs.describe());
    }

    @Test
    void stoppingMidNoteSendsItsNoteOffAndAllNotesOff() throws Exception {
        FakeOutput synth = new FakeOutput("USB Synth");
        MidiOutputs outputs = outputs(synth);
        outputs.select(synth, 1);
        clock.gateAt = T0 + 2 * STEP_120; // C4 (steps 0..3) is sounding

        player.play(tune(), true);
        assertTrue(clock.reached.await(10, TimeUnit.SECONDS));
        player.stop();
        clock.open.countDown();

        List<ShortMessage> got = synth.receiver.messages();
        assertEquals(1, notes(got).stream().filter(m -> m.getCommand() == ShortMessage.NOTE_ON).count(), "only C4 started: " + got);
        assertNothingHangs(got, "after stop");
        assertFalse(player.isPlaying());
    }

    @Test
    void switchingDeviceMidNoteReleasesItOnTheOldOneAndSendsTheProgramOnTheNewOne() throws Exception {
        FakeOutput first = new FakeOutput("VirMIDI [hw:1,0,0]");
        FakeOutput second = new FakeOutput("USB Synth");
        MidiOutputs outputs = outputs(first, second);
        outputs.select(first, 1);
        player.setProgram(40);
        clock.gateAt = T0 + 2 * STEP_120;

        player.play(tune(), false);
        assertTrue(clock.reached.await(10, TimeUnit.SECONDS));
        outputs.select(second, 3);
        clock.open.countDown();
        assertTrue(stopped.await(10, TimeUnit.SECONDS));

        List<ShortMessage> old = first.receiver.messages();
        assertNothingHangs(old, "the old device");
        assertTrue(old.stream().allMatch(m -> m.getChannel() == 0), "the old device hears only its old channel");
        assertEquals(1, first.closed, "the old device is closed");
        List<ShortMessage> now = second.receiver.messages();
        assertEquals(ShortMessage.PROGRAM_CHANGE, now.get(0).getCommand(), "the new device hears the instrument first: " + now);
        assertEquals(40, now.get(0).getData1());
        assertEquals(List.of(62, 64), notes(now).stream().filter(m -> m.getCommand() == ShortMessage.NOTE_ON).map(ShortMessage::getData1).toList());
        assertTrue(now.stream().allMatch(m -> m.getChannel() == 2), "channel 3 is index 2: " + now);
        assertNothingHangs(now, "the new device");
    }

    @Test
    void switchingOnlyTheChannelReleasesTheOldChannel() throws Exception {
        FakeOutput synth = new FakeOutput("USB Synth");
        MidiOutputs outputs = outputs(synth);
        outputs.select(synth, 1);
        clock.gateAt = T0 + 2 * STEP_120;

        player.play(tune(), false);
        assertTrue(clock.reached.await(10, TimeUnit.SECONDS));
        outputs.select(synth, 10);
        clock.open.countDown();
        assertTrue(stopped.await(10, TimeUnit.SECONDS));

        List<ShortMessage> got = synth.receiver.messages();
        assertNothingHangs(got.stream().filter(m -> m.getChannel() == 0).toList(), "channel 1");
        assertNothingHangs(got.stream().filter(m -> m.getChannel() == 9).toList(), "channel 10");
        assertEquals(1, synth.opened, "the same device stays open");
        assertEquals(0, synth.closed);
    }

    @Test
    void aDeviceThatWillNotOpenIsNamedInOneLineAndTheBuiltInPlays() {
        FakeOutput busy = new FakeOutput("USB Synth");
        busy.refuse = "Device or resource busy";
        MidiOutputs outputs = outputs(busy);

        assertSame(MidiPorts.BUILT_IN, outputs.select(busy, 2));
        String problem = problems.poll();
        assertEquals("Could not open MIDI output USB Synth: Device or resource busy; playing on the built-in synthesizer", problem);
        assertEquals("custom receiver", player.describe(), "the sound is back on the built-in receiver");
    }

    @Test
    void aDeviceThatLeavesTheListFallsBackAndIsSilencedFirst() throws Exception {
        FakeOutput synth = new FakeOutput("USB Synth");
        List<MidiPorts.Output> plugged = new ArrayList<>(List.of(synth));
        player = new MelodyPlayer(builtIn, clock, Runnable::run);
        MidiOutputs outputs = new MidiOutputs(listing(plugged), problems::add);
        outputs.attach(player);
        assertEquals(List.of(MidiPorts.BUILT_IN_NAME, "USB Synth"), outputs.choices().stream().map(MidiPorts.Output::name).toList());
        outputs.select(synth, 1);
        clock.gateAt = T0 + 2 * STEP_120;
        player.play(tune(), true);
        assertTrue(clock.reached.await(10, TimeUnit.SECONDS));

        plugged.clear();
        assertEquals(List.of(MidiPorts.BUILT_IN_NAME), outputs.choices().stream().map(MidiPorts.Output::name).toList());
        assertEquals("MIDI output USB Synth is gone: playing on the built-in synthesizer", problems.poll());
        assertSame(MidiPorts.BUILT_IN, outputs.current());
        assertEquals(1, synth.closed);
        assertNothingHangs(synth.receiver.messages(), "the unplugged device");
    }

    @Test
    void aDeviceThatStopsTakingMessagesFallsBackWithOneLine() throws Exception {
        FakeOutput synth = new FakeOutput("USB Synth");
        MidiOutputs outputs = outputs(synth);
        outputs.select(synth, 1);
        synth.receiver.failing = true;
        clock.gateAt = T0 + 4 * STEP_120; // the loop waits here instead of spinning on the fake clock

        player.play(tune(), true);
        String problem = problems.poll(10, TimeUnit.SECONDS);
        assertEquals("MIDI output USB Synth stopped taking notes (device unplugged): playing on the built-in synthesizer", problem);
        assertSame(MidiPorts.BUILT_IN, outputs.current());
        clock.open.countDown();
    }

    @Test
    void withoutASoundCardAMidiOutputStillPlays() throws Exception {
        player = MelodyPlayer.open(() -> {
            throw new MidiUnavailableException("Can not open line");
        }, Runnable::run, problems::add);
        assertFalse(player.available());
        FakeOutput virmidi = new FakeOutput("VirMIDI [hw:1,0,0]");
        MidiOutputs outputs = new MidiOutputs(listing(List.of(virmidi)), problems::add);
        outputs.attach(player);
        assertEquals("audio: no sound device", outputs.describe());

        outputs.select(virmidi, 1);
        assertTrue(player.available(), "a MIDI output is somewhere to play");
        player.play(tune(), false);
        long deadline = System.currentTimeMillis() + 10_000;
        while (notes(virmidi.receiver.messages()).size() < 6 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(6, notes(virmidi.receiver.messages()).size(), "three notes on and off: " + virmidi.receiver.messages());

        outputs.select(MidiPorts.BUILT_IN, 1);
        assertFalse(player.available(), "back to the built-in synthesizer, which has no sound here");
        assertTrue(problems.isEmpty(), "no problem told: " + problems);
    }

    @Test
    void closingSilencesAndClosesTheDevice() throws Exception {
        FakeOutput synth = new FakeOutput("USB Synth");
        MidiOutputs outputs = outputs(synth);
        outputs.select(synth, 7);
        clock.gateAt = T0 + 2 * STEP_120;
        player.play(tune(), true);
        assertTrue(clock.reached.await(10, TimeUnit.SECONDS));

        outputs.close();
        assertNothingHangs(synth.receiver.messages(), "after close");
        assertEquals(1, synth.closed);
    }

    @Test
    void theJFugueRenditionGoesToTheChosenOutputAndChannelToo() throws Exception {
        FakeOutput synth = new FakeOutput("USB Synth");
        MidiOutputs outputs = outputs(synth);
        outputs.select(synth, 6);

        player.playWithJFugue(tune().withBpm(400), 0);
        long deadline = System.currentTimeMillis() + 20_000;
        while (synth.receiver.messages().stream().filter(m -> m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0).count() < 3
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        List<Integer> pitches = synth.receiver.messages().stream()
                .filter(m -> m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0).map(ShortMessage::getData1).toList();
        assertEquals(List.of(60, 62, 64), pitches, () -> "JFugue's sequencer played into the device; its threads: " + soundThreads());
        assertTrue(synth.receiver.messages().stream().allMatch(m -> m.getChannel() == 5), "all on channel 6: " + synth.receiver.messages());
        assertEquals(0, builtIn.messages().stream().filter(m -> m.getCommand() == ShortMessage.NOTE_ON).count());
    }

    private static String soundThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().contains("Sequencer") || t.getName().contains("jfugue"))
                .map(t -> t.getName() + " " + t.getState()).toList().toString();
    }

    // ---- listing Java Sound's devices

    private static MidiDevice device(Class<? extends MidiDevice> kind, String name, int receivers, int transmitters) {
        MidiDevice.Info info = new MidiDevice.Info(name, "test", "a fake device", "1") {
        };
        return (MidiDevice) Proxy.newProxyInstance(MidiOutputsTest.class.getClassLoader(), new Class<?>[] {kind}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getDeviceInfo" -> info;
                    case "getMaxReceivers" -> receivers;
                    case "getMaxTransmitters" -> transmitters;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    @Test
    void outputsAreDevicesWithReceiversAndInputsDevicesWithTransmittersLessSequencersAndSynthesizers() {
        List<MidiDevice> devices = List.of(
                device(Synthesizer.class, "Gervill", -1, 0),
                device(Sequencer.class, "Real Time Sequencer", -1, -1),
                device(MidiDevice.class, "VirMIDI [hw:1,0,0]", -1, 0),
                device(MidiDevice.class, "VirMIDI [hw:1,0,0] in", 0, -1),
                device(MidiDevice.class, "Keystation", 0, 1));

        assertEquals(List.of("VirMIDI [hw:1,0,0]"), MidiPorts.outputsOf(devices).stream().map(MidiPorts.Output::name).toList());
        assertEquals(List.of("VirMIDI [hw:1,0,0] in", "Keystation"),
                MidiPorts.inputsOf(devices).stream().map(MidiPorts.Input::name).toList());
        assertNotNull(MidiPorts.Catalog.SYSTEM.outputs(), "Java Sound's own list answers (empty on a machine without MIDI ports)");
    }
}
