package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.latentexplorer.data.Melody;
import org.latentexplorer.lab.MelodyStatistic;
import org.latentexplorer.lab.MelodyStatistics;
import org.latentexplorer.lab.MelodyStatistics.Measures;

/**
 * How a melody model sounds where a user goes: its held-out reconstruction, and the statistics of what it decodes
 * from the prior, on the pad as the Melodies view opens, at clicked corpus dots and between corpus melodies, each
 * against the held-out corpus. Everything random is drawn from the settings' seed, so the same model, corpus and
 * settings give the same figures. Decoding is argmax (temperature 0, as the pad plays by default) except where said.
 */
public final class MelodyEvaluation {
    private static final int ENCODE_CHUNK = 256;
    private static final double PRIOR_TEMPERATURE = 1.0;

    /**
     * What to decode: {@code priorSamples} prior points; a {@code gridSide} by {@code gridSide} grid over the pad's
     * opening window; {@code pairs} held-out pairs interpolated in {@code frames} frames, both ends included, of
     * which the inner ones count as midpoints; {@code dots} corpus dots clicked; at most {@code heldOutLimit} held-out
     * melodies (a seeded sample of a larger set, so that the run stays short on a large corpus).
     */
    public record Settings(long seed, int priorSamples, int gridSide, int pairs, int frames, int dots, int heldOutLimit) {
        public static final Settings DEFAULT = new Settings(1, 1000, 20, 50, 8, 200, 5000);

        public Settings {
            if (priorSamples < 1 || gridSide < 2 || pairs < 1 || frames < 3 || dots < 1 || heldOutLimit < 2) {
                throw new IllegalArgumentException("evaluation needs at least 1 prior sample, a 2x2 grid, 1 pair of 3 frames,"
                        + " 1 dot and 2 held-out melodies, got " + priorSamples + ", " + gridSide + ", " + pairs + ", " + frames
                        + ", " + dots + ", " + heldOutLimit);
            }
        }

        /** These settings with another seed. */
        public Settings withSeed(long newSeed) {
            return new Settings(newSeed, priorSamples, gridSide, pairs, frames, dots, heldOutLimit);
        }
    }

    /** One set of melodies in figures, with each statistic's total-variation distance from the corpus (none for the corpus). */
    public record Row(String key, String title, MelodyStatistics.Summary summary, Map<MelodyStatistic, Double> distance) {
        public Row {
            distance = distance.isEmpty() ? Map.of() : new EnumMap<>(distance);
        }
    }

    public static final String CORPUS = "corpus";
    public static final String PRIOR = "prior";
    public static final String PRIOR_SAMPLED = "priorT1";
    public static final String GRID = "grid";
    public static final String DOTS = "dots";
    public static final String MIDPOINTS = "midpoints";

    private MelodyEvaluation() {
    }

    /** Evaluates the model in {@code directory} with the default settings, as training records it in the card. */
    public static MelodyReport run(Path directory, List<Melody> heldOut, String corpus) throws IOException {
        try (MelodySpace space = MelodySpace.open(directory)) {
            return run(space, heldOut, corpus, Settings.DEFAULT);
        }
    }

    /** Evaluates {@code space} against its held-out melodies (at least two). */
    public static MelodyReport run(MelodySpace space, List<Melody> allHeldOut, String corpus, Settings settings) {
        if (allHeldOut.size() < 2) {
            throw new IllegalArgumentException("the evaluation needs at least 2 held-out melodies, got " + allHeldOut.size());
        }
        List<Melody> heldOut = sample(allHeldOut, settings.heldOutLimit(), new Random(settings.seed() + 4));
        float[][] means = encode(space, heldOut);
        List<Melody> reconstructed = space.decodeAll(means, 0, null);
        List<Measures> corpusMeasures = measures(heldOut);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(CORPUS, heldOut.size() == allHeldOut.size() ? "held-out corpus melodies"
                : "held-out corpus melodies (a sample of " + allHeldOut.size() + ")", MelodyStatistics.summarize(corpusMeasures), Map.of()));

        Random priorRandom = new Random(settings.seed());
        float[][] prior = new float[settings.priorSamples()][];
        for (int i = 0; i < prior.length; i++) {
            prior[i] = space.samplePrior(priorRandom);
        }
        rows.add(row(PRIOR, prior.length + " prior samples N(0, I), argmax", space.decodeAll(prior, 0, null), corpusMeasures));
        rows.add(row(PRIOR_SAMPLED, "the same at temperature " + PRIOR_TEMPERATURE,
                space.decodeAll(prior, PRIOR_TEMPERATURE, new Random(settings.seed() + 1)), corpusMeasures));

        PadSurface pad = space.principalPlane();
        PadWindow window = space.latentMap().map(map -> PadWindow.framing(pad, map)).orElse(PadWindow.PRIOR);
        int side = settings.gridSide();
        double[][] cells = window.cellCentres(side);
        float[][] gridPoints = new float[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            gridPoints[i] = pad.toLatent(cells[i][0], cells[i][1]);
        }
        List<Melody> grid = space.decodeAll(gridPoints, 0, null);
        rows.add(row(GRID, "pad grid " + side + "x" + side + " as the view opens", grid, corpusMeasures));

        // a held-out melody drawn as a dot where its encoding falls; clicked, it should play that melody
        List<Integer> dotIndices = dotIndices(heldOut.size(), settings);
        float[][] clicked = new float[dotIndices.size()][];
        List<Melody> ownMelodies = new ArrayList<>();
        for (int i = 0; i < clicked.length; i++) {
            clicked[i] = pad.clickedDot(means[dotIndices.get(i)]);
            ownMelodies.add(heldOut.get(dotIndices.get(i)));
        }
        List<Melody> clickedMelodies = space.decodeAll(clicked, 0, null);
        rows.add(row(DOTS, clicked.length + " clicked corpus dots", clickedMelodies, corpusMeasures));

        rows.add(row(MIDPOINTS, settings.pairs() + " held-out pairs, inner " + (settings.frames() - 2) + " of "
                + settings.frames() + " frames", space.decodeAll(midpoints(means, settings), 0, null), corpusMeasures));

        return new MelodyReport(corpus, heldOut.size(), agreement(heldOut, reconstructed), noteRecall(heldOut, reconstructed),
                rows, smoothness(grid, side), agreement(ownMelodies, clickedMelodies), window, settings);
    }

    /** {@code limit} of the melodies chosen at random, in their order; all of them when there are no more. */
    private static List<Melody> sample(List<Melody> melodies, int limit, Random random) {
        if (melodies.size() <= limit) {
            return melodies;
        }
        return shuffledIndices(melodies.size(), random).subList(0, limit).stream().sorted().map(melodies::get).toList();
    }

    /** {@code 0..count-1} in a seeded random order. */
    private static List<Integer> shuffledIndices(int count, Random random) {
        List<Integer> order = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return order;
    }

    private static float[][] encode(MelodySpace space, List<Melody> melodies) {
        float[][] means = new float[melodies.size()][];
        for (int start = 0; start < melodies.size(); start += ENCODE_CHUNK) {
            float[][] chunk = space.encodeAll(melodies.subList(start, Math.min(melodies.size(), start + ENCODE_CHUNK)));
            System.arraycopy(chunk, 0, means, start, chunk.length);
        }
        return means;
    }

    /** The encodings of up to {@code dots} corpus dots the pad draws, a seeded choice; the held-out encodings without a map. */
    /** A seeded sample of {@code settings.dots()} of the held-out melodies' indices (all of them when there are fewer). */
    private static List<Integer> dotIndices(int available, Settings settings) {
        return shuffledIndices(available, new Random(settings.seed() + 2)).subList(0, Math.min(settings.dots(), available));
    }

    /** The inner frames of straight paths between seeded pairs of different held-out encodings, as the view interpolates. */
    private static float[][] midpoints(float[][] means, Settings settings) {
        Random pick = new Random(settings.seed() + 3);
        int inner = settings.frames() - 2;
        float[][] points = new float[settings.pairs() * inner][];
        for (int p = 0; p < settings.pairs(); p++) {
            int a = pick.nextInt(means.length);
            int b = pick.nextInt(means.length - 1);
            b += b >= a ? 1 : 0;
            float[][] path = LatentSpace.interpolate(means[a], means[b], settings.frames());
            System.arraycopy(path, 1, points, p * inner, inner);
        }
        return points;
    }

    private static Row row(String key, String title, List<Melody> melodies, List<Measures> corpus) {
        List<Measures> measures = measures(melodies);
        Map<MelodyStatistic, Double> distance = new EnumMap<>(MelodyStatistic.class);
        for (MelodyStatistic statistic : MelodyStatistic.values()) {
            distance.put(statistic, MelodyStatistics.totalVariation(measures, corpus, statistic));
        }
        return new Row(key, title, MelodyStatistics.summarize(measures), distance);
    }

    private static List<Measures> measures(List<Melody> melodies) {
        return melodies.stream().map(m -> MelodyStatistics.measure(m.events())).toList();
    }

    /** The share of steps where each pair of melodies holds the same event, over all pairs. */
    static double agreement(List<Melody> a, List<Melody> b) {
        long same = 0;
        long steps = 0;
        for (int i = 0; i < a.size(); i++) {
            int[] x = a.get(i).events();
            int[] y = b.get(i).events();
            for (int t = 0; t < x.length; t++) {
                same += x[t] == y[t] ? 1 : 0;
            }
            steps += x.length;
        }
        return steps == 0 ? Double.NaN : same / (double) steps;
    }

    /** The share of the originals' note-on steps that the reconstructions hold exactly (the same pitch at the same step). */
    static double noteRecall(List<Melody> originals, List<Melody> reconstructed) {
        long notes = 0;
        long kept = 0;
        for (int i = 0; i < originals.size(); i++) {
            int[] x = originals.get(i).events();
            int[] y = reconstructed.get(i).events();
            for (int t = 0; t < x.length; t++) {
                if (Melody.isNoteOn(x[t])) {
                    notes++;
                    kept += x[t] == y[t] ? 1 : 0;
                }
            }
        }
        return notes == 0 ? Double.NaN : kept / (double) notes;
    }

    /** The mean step agreement of every cell with its right and lower neighbours on a grid stored row by row. */
    static double smoothness(List<Melody> grid, int side) {
        List<Melody> from = new ArrayList<>();
        List<Melody> to = new ArrayList<>();
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                if (column + 1 < side) {
                    from.add(grid.get(row * side + column));
                    to.add(grid.get(row * side + column + 1));
                }
                if (row + 1 < side) {
                    from.add(grid.get(row * side + column));
                    to.add(grid.get((row + 1) * side + column));
                }
            }
        }
        return agreement(from, to);
    }
}
