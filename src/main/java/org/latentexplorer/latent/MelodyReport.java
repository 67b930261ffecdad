package org.latentexplorer.latent;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.latentexplorer.lab.MelodyStatistic;

/**
 * What {@link MelodyEvaluation} measured: held-out reconstruction (free-running argmax from the encoder mean:
 * the share of steps right, and of the originals' note-ons kept), the statistics of each set of melodies, the
 * agreement of neighbouring pad-grid cells, and how much of a clicked corpus dot's own melody (its encoding
 * decoded) the click plays.
 */
public record MelodyReport(String corpus, int heldOut, double stepAccuracy, double noteRecall, List<MelodyEvaluation.Row> rows,
                           double gridSmoothness, double clickedDotAgreement, PadWindow window, MelodyEvaluation.Settings settings) {

    public MelodyReport {
        rows = List.copyOf(rows);
    }

    public MelodyEvaluation.Row row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no row " + key));
    }

    /**
     * Every figure by a flat name, sorted, as a model card's metrics hold them: {@code heldOut.stepAccuracy},
     * {@code heldOut.noteRecall}, {@code grid.smoothness}, {@code dots.agreement}, {@code ROW.STATISTIC} and
     * {@code ROW.tv.STATISTIC} (rows {@code corpus, prior, priorT1, grid, dots, midpoints}; statistics as
     * {@link MelodyStatistic#key()}). Figures that are not numbers (nothing to measure) are left out.
     */
    public Map<String, Double> figures() {
        Map<String, Double> figures = new TreeMap<>();
        put(figures, "heldOut.stepAccuracy", stepAccuracy);
        put(figures, "heldOut.noteRecall", noteRecall);
        put(figures, "grid.smoothness", gridSmoothness);
        put(figures, "dots.agreement", clickedDotAgreement);
        for (MelodyEvaluation.Row row : rows) {
            for (MelodyStatistic statistic : MelodyStatistic.values()) {
                put(figures, row.key() + "." + statistic.key(), row.summary().get(statistic));
                Double distance = row.distance().get(statistic);
                if (distance != null) {
                    put(figures, row.key() + ".tv." + statistic.key(), distance);
                }
            }
        }
        return figures;
    }

    /** The headline figures in one line. */
    public String headline() {
        return String.format(Locale.ROOT, "held-out step accuracy %.3f; melody-like: corpus %.2f, prior %.2f, pad grid %.2f,"
                        + " interpolation midpoints %.2f; octave leaps: prior %.1f %%, pad grid %.1f %%; neighbouring grid cells"
                        + " agree %.2f; a clicked dot plays %.2f of its own melody", stepAccuracy,
                row(MelodyEvaluation.CORPUS).summary().melodyLikeShare(), row(MelodyEvaluation.PRIOR).summary().melodyLikeShare(),
                row(MelodyEvaluation.GRID).summary().melodyLikeShare(), row(MelodyEvaluation.MIDPOINTS).summary().melodyLikeShare(),
                100 * row(MelodyEvaluation.PRIOR).summary().octaveLeapShare(), 100 * row(MelodyEvaluation.GRID).summary().octaveLeapShare(),
                gridSmoothness, clickedDotAgreement);
    }

    private static void put(Map<String, Double> figures, String name, double value) {
        if (!Double.isNaN(value)) {
            figures.put(name, value);
        }
    }
}
