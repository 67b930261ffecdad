package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Bar lines from bar accents (the first note after each bar line, as abc2midi stresses it), in 16th steps. */
class AccentedBarsTest {
    private static AccentedBars bars(String meter, long end, Long... accents) {
        TreeMap<Long, int[]> signatures = new TreeMap<>();
        Meter m = Meter.parse(meter);
        signatures.put(0L, new int[] {m.numerator(), m.denominator()});
        return new AccentedBars(new TreeSet<>(List.of(accents)), signatures, end, (from, to) -> true);
    }

    private static List<AccentedBars.Run> runs(long... bounds) {
        List<AccentedBars.Run> runs = new java.util.ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            runs.add(new AccentedBars.Run(bounds[i], bounds[i + 1]));
        }
        return runs;
    }

    @Test
    void aPickupIsNoBarAndTheBarsStartAtTheFirstDownbeat() {
        AccentedBars bars = bars("4/4", 68, 0L, 4L, 20L, 36L, 52L);
        assertEquals(runs(4, 68), bars.runs());
        assertEquals(1, bars.irregularBars());
    }

    @Test
    void aBarThatOpensWithARestOrATiedNoteAndBarsOfRestKeepTheGrid() {
        // bar 16..32 opens with a rest (its first note at 20); 48..80 are two bars with no new note
        AccentedBars bars = bars("4/4", 96, 0L, 20L, 32L, 80L);
        assertEquals(runs(0, 96), bars.runs());
        assertEquals(0, bars.irregularBars());
    }

    @Test
    void aRepeatThatJumpsBackOverAPartBarStartsANewRun() {
        // 2/4: bars of 8; a repeat makes a bar of 6 at 24..30, then the bars go on from 30
        AccentedBars bars = bars("2/4", 54, 0L, 8L, 16L, 24L, 30L, 38L, 46L);
        assertEquals(runs(0, 24, 30, 54), bars.runs());
        assertEquals(1, bars.irregularBars());
    }

    @Test
    void aMeterThatIsNotDupleGivesNoBars() {
        AccentedBars bars = bars("6/8", 48, 0L, 12L, 24L, 36L);
        assertEquals(List.of(), bars.runs());
        assertEquals(4, bars.notDupleBars());
    }
}
