package org.latentexplorer.data;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * The bar lines of a tune as abc2midi played it, found from its bar accents: abc2midi gives the first note after
 * each bar line the loudest velocity (its {@code %%MIDI beat} model; {@code midi2abc -xa} reads the anacrusis from
 * the same mark). A tune's time does not start on a bar line when it opens with a pickup, and a repeat can jump back
 * over a part bar, so the bars are where the accents say, not every bar length from the first note.
 *
 * <p>A bar is regular when the next accent falls exactly one bar length (of the time signature there, a duple one)
 * later; or two bar lengths later with one accent inside the second bar (a bar that opens with a rest or a tied
 * note); or a whole number of bar lengths later with no accent between (bars of rests or held notes). After the last
 * accent the bars run to the end of the music, the last one filled with rest. Consecutive regular bars form a run;
 * melodies are cut from runs only.
 */
final class AccentedBars {
    /** Steps {@code start} (a bar line) to {@code end} (a bar line) covered by regular bars. */
    record Run(long start, long end) {
    }

    private final List<Run> runs = new ArrayList<>();
    private int irregularBars;
    private int notDupleBars;

    /**
     * @param accents        steps where an accented note starts, in order
     * @param timeSignatures numerator and denominator by the step where they start (4/4 before the first)
     * @param end            the step where the last note ends
     * @param sounds         whether any note sounds from a step to the next bar line candidate (counts only the drops
     *                       that hold music)
     */
    AccentedBars(NavigableSet<Long> accents, TreeMap<Long, int[]> timeSignatures, long end, SoundTest sounds) {
        if (accents.isEmpty()) {
            return;
        }
        List<Long> marks = new ArrayList<>(accents);
        long runStart = marks.get(0);
        long bar = runStart;
        int i = 1;
        while (true) {
            int length = barSteps(timeSignatures, bar);
            long next = i < marks.size() ? marks.get(i) : -1;
            if (length == 0) {
                close(runStart, bar);
                long until = next < 0 ? end : next;
                notDupleBars += sounds.between(bar, until) ? 1 : 0;
                if (next < 0) {
                    return;
                }
                runStart = bar = next;
                i++;
            } else if (next < 0) {
                long bars = end > bar ? (end - bar + length - 1) / length : 0;
                close(runStart, bar + bars * length);
                return;
            } else if (next == bar + length) {
                bar = next;
                i++;
            } else if (next > bar + length && next < bar + 2L * length && i + 1 < marks.size()
                    && marks.get(i + 1) == bar + 2L * length) {
                bar += 2L * length;
                i += 2;
            } else if (next > bar && (next - bar) % length == 0) {
                bar = next;
                i++;
            } else {
                close(runStart, bar);
                irregularBars += sounds.between(bar, next) ? 1 : 0;
                runStart = bar = next;
                i++;
            }
        }
    }

    /** Whether notes sound between two steps. */
    interface SoundTest {
        boolean between(long from, long to);

        static SoundTest of(LongPredicate soundsAt) {
            return (from, to) -> {
                for (long s = from; s < to; s++) {
                    if (soundsAt.test(s)) {
                        return true;
                    }
                }
                return false;
            };
        }
    }

    private void close(long start, long end) {
        if (end > start) {
            runs.add(new Run(start, end));
        }
    }

    /** The length in steps of a duple bar of the time signature at {@code step}, or 0 when that meter is not duple. */
    private static int barSteps(TreeMap<Long, int[]> timeSignatures, long step) {
        var entry = timeSignatures.floorEntry(step);
        int[] signature = entry == null ? new int[] {4, 4} : entry.getValue();
        Meter meter = new Meter(signature[0] + "/" + signature[1], signature[0], signature[1]);
        return meter.duple() ? meter.barSteps() : 0;
    }

    List<Run> runs() {
        return runs;
    }

    int irregularBars() {
        return irregularBars;
    }

    int notDupleBars() {
        return notDupleBars;
    }
}
