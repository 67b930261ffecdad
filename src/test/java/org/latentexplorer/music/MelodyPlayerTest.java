package org.latentexplorer.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Melody;

/** The live player's timing, without a sound card: a recording receiver and a fake clock. */
class MelodyPlayerTest {
    private static final long T0 = 1_000_000_000L;
    private static final long STEP_120 = 125_000_000L; // a sixteenth at 120 bpm, in ns

    /** A note-on or note-off the player sent, with the fake time it was sent at. */
    private record Sent(long at, int command, int pitch) {
    }

    /** Time that passes only when the player sleeps; every wake-up comes {@code late} ns after the deadline. */
    private static final class FakeClock implements MelodyPlayer.Clock {
        private final AtomicLong now = new AtomicLong(T0);
        private final long late;

        FakeClock(long late) {
            this.late = late;
        }

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void sleepUntil(long deadline) {
            now.updateAndGet(t -> Math.max(t, deadline) + late);
        }
    }

    private static final class Recorder implements Receiver {
        private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        private final MelodyPlayer.Clock clock;

        Recorder(MelodyPlayer.Clock clock) {
            this.clock = clock;
        }

        @Override
        public void send(MidiMessage message, long timeStamp) {
            if (message instanceof ShortMessage m && (m.getCommand() == ShortMessage.NOTE_ON || m.getCommand() == ShortMessage.NOTE_OFF)) {
                sent.add(new Sent(clock.nanoTime(), m.getCommand(), m.getData1()));
            }
        }

        List<Sent> sent() {
            synchronized (sent) {
                return List.copyOf(sent);
            }
        }

        @Override
        public void close() {
        }
    }

    /** Listens on the player's own thread; stops the player after {@code maxSteps} steps. */
    private static final class Steps implements MelodyPlayer.Listener {
        final List<String> heard = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch stopped = new CountDownLatch(1);
        MelodyPlayer player;
        int maxSteps = Integer.MAX_VALUE;
        Runnable atStep5 = () -> { };

        @Override
        public void step(Melody melody, int step) {
            heard.add(melody.event(0) + "@" + step);
            if (heard.size() == 6) {
                atStep5.run();
            }
            if (heard.size() == maxSteps) {
                player.stop();
            }
        }

        @Override
        public void stopped() {
            stopped.countDown();
        }
    }

    private MelodyPlayer player;

    @AfterEach
    void close() throws InterruptedException {
        if (player != null) {
            player.close();
            assertTrue(player.awaitTermination(5000), "the player thread ends on close");
        }
    }

    private static Melody melody(int length, int... stepAndClass) {
        int[] events = new int[length];
        for (int i = 0; i < stepAndClass.length; i += 2) {
            events[stepAndClass[i]] = stepAndClass[i + 1];
        }
        return new Melody(events);
    }

    private static int on(int pitch) {
        return Melody.noteOn(pitch);
    }

    @Test
    void notesGoOutInOrderOnTheSixteenthGridWithoutDrift() throws Exception {
        FakeClock clock = new FakeClock(3_000_000); // every wake-up 3 ms late
        Recorder receiver = new Recorder(clock);
        Steps steps = new Steps();
        player = new MelodyPlayer(receiver, clock, Runnable::run);
        steps.player = player;
        player.setListener(steps);

        player.play(melody(16, 0, on(60), 4, on(62), 8, Melody.NOTE_OFF, 12, on(64)), false);
        assertTrue(steps.stopped.await(10, TimeUnit.SECONDS), "a one-shot melody stops at its end");

        long late = 3_000_000;
        assertEquals(List.of(
                new Sent(T0 + late, ShortMessage.NOTE_ON, 60),
                new Sent(T0 + 4 * STEP_120 + late, ShortMessage.NOTE_OFF, 60),
                new Sent(T0 + 4 * STEP_120 + late, ShortMessage.NOTE_ON, 62),
                new Sent(T0 + 8 * STEP_120 + late, ShortMessage.NOTE_OFF, 62),
                new Sent(T0 + 12 * STEP_120 + late, ShortMessage.NOTE_ON, 64),
                new Sent(T0 + 16 * STEP_120 + late, ShortMessage.NOTE_OFF, 64)), receiver.sent(),
                "each step sounds at start + n * step (late wake-ups do not add up)");
        assertEquals(16, steps.heard.size(), "the listener hears every step once");
        assertFalse(player.isPlaying());
    }

    @Test
    void aQueuedMelodyTakesOverExactlyAtTheNextBarLine() throws Exception {
        FakeClock clock = new FakeClock(1_000_000);
        Recorder receiver = new Recorder(clock);
        Steps steps = new Steps();
        player = new MelodyPlayer(receiver, clock, Runnable::run);
        steps.player = player;
        steps.maxSteps = 40;
        player.setListener(steps);
        Melody a = melody(32, 0, on(60), 4, on(60), 8, on(60), 12, on(60), 16, on(61), 20, on(61), 24, on(61), 28, on(61));
        Melody b = melody(32, 0, on(70), 8, on(70), 16, on(72), 24, on(72));
        steps.atStep5 = () -> player.queue(b);

        player.play(a, true);
        assertTrue(steps.stopped.await(10, TimeUnit.SECONDS));

        List<Sent> noteOns = receiver.sent().stream().filter(s -> s.command() == ShortMessage.NOTE_ON).toList();
        long late = 1_000_000;
        assertEquals(List.of(
                new Sent(T0 + late, ShortMessage.NOTE_ON, 60),
                new Sent(T0 + 4 * STEP_120 + late, ShortMessage.NOTE_ON, 60),
                new Sent(T0 + 8 * STEP_120 + late, ShortMessage.NOTE_ON, 60),
                new Sent(T0 + 12 * STEP_120 + late, ShortMessage.NOTE_ON, 60),
                // bar 2 comes from B's second bar, on time: no gap, no repeat of A's bar 2
                new Sent(T0 + 16 * STEP_120 + late, ShortMessage.NOTE_ON, 72),
                new Sent(T0 + 24 * STEP_120 + late, ShortMessage.NOTE_ON, 72),
                // then B loops from its start
                new Sent(T0 + 32 * STEP_120 + late, ShortMessage.NOTE_ON, 70)), noteOns);
        List<String> heard = List.copyOf(steps.heard);
        assertEquals(on(60) + "@15", heard.get(15), "A plays up to the bar line");
        assertEquals(on(70) + "@16", heard.get(16), "B from the bar line on, at the same place in the loop");
        assertEquals(on(70) + "@0", heard.get(32));
        assertTrue(receiver.sent().contains(new Sent(T0 + 16 * STEP_120 + late, ShortMessage.NOTE_OFF, 60)),
                "A's last note ends at the swap");
    }

    @Test
    void aNoteHeldAcrossTheSwapIsSoundedFromTheBarLine() throws Exception {
        FakeClock clock = new FakeClock(0);
        Recorder receiver = new Recorder(clock);
        Steps steps = new Steps();
        player = new MelodyPlayer(receiver, clock, Runnable::run);
        steps.player = player;
        steps.maxSteps = 20;
        player.setListener(steps);
        Melody b = melody(32, 0, on(70), 12, on(67)); // 67 rings on through step 16
        steps.atStep5 = () -> player.queue(b);

        player.play(melody(32, 0, on(60)), true);
        assertTrue(steps.stopped.await(10, TimeUnit.SECONDS));

        assertTrue(receiver.sent().contains(new Sent(T0 + 16 * STEP_120, ShortMessage.NOTE_ON, 67)),
                "B's note that is sounding at the bar line starts there: " + receiver.sent());
    }

    @Test
    void aTempoChangeTakesEffectFromTheNextStep() throws Exception {
        FakeClock clock = new FakeClock(0);
        Recorder receiver = new Recorder(clock);
        Steps steps = new Steps();
        player = new MelodyPlayer(receiver, clock, Runnable::run);
        steps.player = player;
        player.setListener(steps);
        steps.atStep5 = () -> player.setTempo(60); // during step 5: steps 6.. are 250 ms apart

        player.play(melody(16, 0, on(60), 6, on(62), 8, on(64)), false);
        assertTrue(steps.stopped.await(10, TimeUnit.SECONDS));

        List<Long> times = receiver.sent().stream().filter(s -> s.command() == ShortMessage.NOTE_ON).map(Sent::at).toList();
        assertEquals(List.of(T0, T0 + 6 * STEP_120, T0 + 6 * STEP_120 + 2 * 2 * STEP_120), times);
    }

    @Test
    void withoutAnAudioDevicePlaybackSaysSoOnceAndDoesNothing() {
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        player = MelodyPlayer.open(() -> {
            throw new MidiUnavailableException("Can not open line");
        }, Runnable::run, messages::add);

        Melody tune = melody(32, 0, on(60));
        player.play(tune, true);
        player.play(tune, false);
        player.queue(tune);
        player.playSequence(List.of(tune, tune), true);
        player.playWithJFugue(tune, 0);
        player.setTempo(90);
        player.setProgram(40);
        player.stop();

        assertFalse(player.available());
        assertFalse(player.isPlaying());
        assertEquals(1, messages.size(), "told once: " + messages);
        assertEquals(MelodyPlayer.NO_AUDIO, messages.get(0), "in the user's words, not Java's");
        assertEquals(MelodyPlayer.NO_DEVICE, player.unavailableReason());
    }
}
