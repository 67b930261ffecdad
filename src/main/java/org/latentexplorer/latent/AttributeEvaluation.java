package org.latentexplorer.latent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.latentexplorer.data.Melody;
import org.latentexplorer.lab.MelodyAttribute;
import org.latentexplorer.lab.MelodyStatistics;

/**
 * Whether the attribute vectors do what their sliders say, on held-out melodies: each melody is encoded and decoded
 * (argmax) as it plays, then decoded one step up and one step down each vector. An attribute {@code moves} a melody
 * when the step up raises it and the step down lowers it, both strictly, against the melody as it plays (a value that
 * is not a number, e.g. no notes left, does not move). The shifted melodies are also checked for staying
 * melody-like ({@link MelodyStatistics.Measures#melodyLike()}). Seeded: the same model, melodies and seed give the
 * same figures.
 */
public final class AttributeEvaluation {
    public static final int DEFAULT_MELODIES = 200;
    /** The share of melodies that the density and mean-pitch vectors must move. */
    public static final double BAR = 0.8;

    /**
     * One attribute's figures: the share of melodies it {@code moved} (one step up raised it and one step down lowered
     * it), the shares {@code raised} and {@code lowered} alone, the melody-like share of the shifted melodies (both
     * directions), and the attribute's mean as the melodies play and one step down and up (NaN values left out).
     */
    public record Row(MelodyAttribute attribute, int melodies, double moved, double raised, double lowered, double melodyLike,
                      double meanDown, double meanPlayed, double meanUp) {
        /** Whether this attribute has a bar to meet (density and mean pitch do). */
        public boolean hasBar() {
            return attribute == MelodyAttribute.DENSITY || attribute == MelodyAttribute.MEAN_PITCH;
        }
    }

    /** The figures of every attribute, at one slider step, and what they were measured on. */
    public record Report(double step, int melodies, long seed, List<Row> rows) {
        public Report {
            rows = List.copyOf(rows);
        }

        /** Every figure by a flat name, as a model card's metrics hold them: {@code attributes.KEY.moved} and {@code .melodyLike}. */
        public Map<String, Double> figures() {
            Map<String, Double> figures = new java.util.TreeMap<>();
            for (Row row : rows) {
                put(figures, "attributes." + row.attribute().key() + ".moved", row.moved());
                put(figures, "attributes." + row.attribute().key() + ".melodyLike", row.melodyLike());
            }
            return figures;
        }

        /** The figures in one line: "a step moves note density 0.92, mean pitch 0.88, ...; melody-like 0.99 to 1.00". */
        public String headline() {
            StringBuilder text = new StringBuilder("a step moves");
            double least = 1;
            double most = 0;
            for (Row row : rows) {
                text.append(row == rows.get(0) ? " " : ", ").append(row.attribute().label().toLowerCase(java.util.Locale.ROOT))
                        .append(String.format(java.util.Locale.ROOT, " %.2f", row.moved()));
                least = Math.min(least, row.melodyLike());
                most = Math.max(most, row.melodyLike());
            }
            return text.append(String.format(java.util.Locale.ROOT, " of %d held-out melodies; melody-like %.2f to %.2f", melodies,
                    least, most)).toString();
        }

        private static void put(Map<String, Double> figures, String name, double value) {
            if (!Double.isNaN(value)) {
                figures.put(name, value);
            }
        }
    }

    private AttributeEvaluation() {
    }

    /** Measures {@code vectors} on {@code count} of {@code heldOut} (a seeded sample when there are more). */
    public static Report run(MelodySpace space, AttributeVectors vectors, List<Melody> heldOut, int count, long seed) {
        if (heldOut.isEmpty() || count < 1) {
            throw new IllegalArgumentException("the attribute evaluation needs held-out melodies, got " + heldOut.size());
        }
        List<Melody> melodies = sample(heldOut, count, new Random(seed + 5));
        float[][] codes = space.encodeAll(melodies);
        List<Melody> played = space.decodeAll(codes, 0, null);
        List<Row> rows = new ArrayList<>();
        for (MelodyAttribute attribute : MelodyAttribute.values()) {
            float[][] up = new float[codes.length][];
            float[][] down = new float[codes.length][];
            for (int i = 0; i < codes.length; i++) {
                up[i] = vectors.shift(codes[i], Map.of(attribute, 1.0));
                down[i] = vectors.shift(codes[i], Map.of(attribute, -1.0));
            }
            rows.add(row(attribute, played, space.decodeAll(up, 0, null), space.decodeAll(down, 0, null)));
        }
        return new Report(vectors.step(), melodies.size(), seed, rows);
    }

    static Row row(MelodyAttribute attribute, List<Melody> played, List<Melody> up, List<Melody> down) {
        int moved = 0;
        int raised = 0;
        int lowered = 0;
        int melodyLike = 0;
        double[] sums = new double[3];
        int[] counts = new int[3];
        for (int i = 0; i < played.size(); i++) {
            double base = attribute.measure(played.get(i));
            double higher = attribute.measure(up.get(i));
            double lower = attribute.measure(down.get(i));
            boolean rose = higher > base;
            boolean fell = lower < base;
            raised += rose ? 1 : 0;
            lowered += fell ? 1 : 0;
            moved += rose && fell ? 1 : 0;
            melodyLike += MelodyStatistics.measure(up.get(i).events()).melodyLike() ? 1 : 0;
            melodyLike += MelodyStatistics.measure(down.get(i).events()).melodyLike() ? 1 : 0;
            double[] values = {lower, base, higher};
            for (int k = 0; k < 3; k++) {
                if (!Double.isNaN(values[k])) {
                    sums[k] += values[k];
                    counts[k]++;
                }
            }
        }
        double n = played.size();
        return new Row(attribute, played.size(), moved / n, raised / n, lowered / n, melodyLike / (2 * n),
                mean(sums[0], counts[0]), mean(sums[1], counts[1]), mean(sums[2], counts[2]));
    }

    private static double mean(double sum, int count) {
        return count == 0 ? Double.NaN : sum / count;
    }

    private static List<Melody> sample(List<Melody> melodies, int limit, Random random) {
        if (melodies.size() <= limit) {
            return melodies;
        }
        List<Integer> order = new ArrayList<>(melodies.size());
        for (int i = 0; i < melodies.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return order.subList(0, limit).stream().sorted().map(melodies::get).toList();
    }
}
