package org.latentexplorer.ui.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.latentexplorer.ui.exhibit.IdleWatch.State;

/** The exhibit's states on a clock the test moves. */
class IdleWatchTest {
    private final AtomicLong clock = new AtomicLong();
    private final List<State> heard = new ArrayList<>();
    private final IdleWatch watch = new IdleWatch(Duration.ofSeconds(60), Duration.ofSeconds(300), clock::get, heard::add);

    private void at(double seconds) {
        clock.set(Math.round(seconds * 1e9));
        watch.check();
    }

    @Test
    void aVisitorExploresTheTourStartsWhenTheyLeaveAndTheStartScreenComesBackLater() {
        assertEquals(State.START, watch.state());
        at(10);
        watch.input();
        assertEquals(State.EXPLORING, watch.state());
        at(69.9);
        assertEquals(State.EXPLORING, watch.state(), "59.9 s after the touch");
        at(70);
        assertEquals(State.ATTRACT, watch.state(), "60 s after the touch");
        at(309.9);
        assertEquals(State.ATTRACT, watch.state());
        at(310);
        assertEquals(State.START, watch.state(), "300 s after the touch");
        at(369.9);
        assertEquals(State.START, watch.state());
        at(370);
        assertEquals(State.ATTRACT, watch.state(), "60 s on the start screen: the tour again");
        at(610);
        assertEquals(State.START, watch.state(), "and the start screen again, round and round");
        assertEquals(List.of(State.EXPLORING, State.ATTRACT, State.START, State.ATTRACT, State.START), heard);
    }

    @Test
    void everyTouchPutsTheTourOff() {
        watch.input();
        for (int s = 50; s < 600; s += 50) {
            at(s);
            watch.input();
            assertEquals(State.EXPLORING, watch.state(), s + " s");
        }
        at(609.9);
        assertEquals(State.EXPLORING, watch.state(), "59.9 s after the last touch");
        at(610);
        assertEquals(State.ATTRACT, watch.state());
        watch.input();
        assertEquals(State.EXPLORING, watch.state(), "a touch ends the tour");
        assertEquals(List.of(State.EXPLORING, State.ATTRACT, State.EXPLORING), heard);
    }

    @Test
    void aResetNoLongerThanTheIdleTimeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new IdleWatch(Duration.ofSeconds(60), Duration.ofSeconds(60), clock::get, heard::add));
        assertEquals("the reset time (60 s) must be longer than the idle time (60 s), and both above zero", e.getMessage());
    }
}
