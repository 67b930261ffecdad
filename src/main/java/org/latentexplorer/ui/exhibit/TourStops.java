package org.latentexplorer.ui.exhibit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.latentexplorer.ui.widgets.Scatter;

/** Where a tour stops: the heart of each class's cluster (digits) or of k groups of nearby dots (melodies), in a short round trip. */
final class TourStops {
    private static final int KMEANS_ROUNDS = 12;
    private static final int KMEANS_SAMPLE = 4000;

    private TourStops() {
    }

    /** Per class, the median of its dots' u and of their v: inside the cluster even when a few dots stray. */
    static List<double[]> classMedians(Scatter scatter) {
        int classes = Arrays.stream(scatter.labels()).max().orElse(-1) + 1;
        List<double[]> stops = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            int label = c;
            double[] u = indicesOf(scatter, label).mapToDouble(i -> scatter.us()[i]).sorted().toArray();
            double[] v = indicesOf(scatter, label).mapToDouble(i -> scatter.vs()[i]).sorted().toArray();
            if (u.length > 0) {
                stops.add(new double[] {u[u.length / 2], v[v.length / 2]});
            }
        }
        return stops;
    }

    private static IntStream indicesOf(Scatter scatter, int label) {
        return IntStream.range(0, scatter.size()).filter(i -> scatter.labels()[i] == label);
    }

    /** The centres of {@code k} groups of nearby dots (k-means from a seeded k-means++ start, on at most 4,000 of them). */
    static List<double[]> groupCentres(Scatter scatter, int k, long seed) {
        Random random = new Random(seed);
        int n = scatter.size();
        if (n == 0) {
            return List.of();
        }
        int[] picked = n <= KMEANS_SAMPLE ? IntStream.range(0, n).toArray() : random.ints(KMEANS_SAMPLE, 0, n).toArray();
        double[][] points = new double[picked.length][];
        for (int i = 0; i < picked.length; i++) {
            points[i] = new double[] {scatter.us()[picked[i]], scatter.vs()[picked[i]]};
        }
        double[][] centres = seeds(points, Math.min(k, points.length), random);
        for (int round = 0; round < KMEANS_ROUNDS; round++) {
            double[][] sums = new double[centres.length][3];
            for (double[] p : points) {
                double[] sum = sums[nearest(centres, p)];
                sum[0] += p[0];
                sum[1] += p[1];
                sum[2]++;
            }
            for (int c = 0; c < centres.length; c++) {
                if (sums[c][2] > 0) {
                    centres[c] = new double[] {sums[c][0] / sums[c][2], sums[c][1] / sums[c][2]};
                }
            }
        }
        return List.of(centres);
    }

    private static double[][] seeds(double[][] points, int k, Random random) {
        double[][] centres = new double[k][];
        centres[0] = points[random.nextInt(points.length)];
        double[] d2 = new double[points.length];
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < points.length; i++) {
                double[] near = centres[nearest(Arrays.copyOf(centres, c), points[i])];
                d2[i] = square(points[i][0] - near[0]) + square(points[i][1] - near[1]);
                total += d2[i];
            }
            // the next seed: a point drawn with odds by its squared distance to the seeds so far
            double r = random.nextDouble() * total;
            int chosen = 0;
            double passed = d2[0];
            while (passed < r && chosen < points.length - 1) {
                chosen++;
                passed += d2[chosen];
            }
            centres[c] = points[chosen];
        }
        return centres;
    }

    private static int nearest(double[][] centres, double[] p) {
        int best = 0;
        for (int c = 1; c < centres.length; c++) {
            if (square(centres[c][0] - p[0]) + square(centres[c][1] - p[1]) < square(centres[best][0] - p[0]) + square(centres[best][1] - p[1])) {
                best = c;
            }
        }
        return best;
    }

    private static double square(double x) {
        return x * x;
    }

    /** {@code stops} in the order of a short round trip: nearest neighbour first, then 2-opt until no two legs cross. */
    static List<double[]> roundTrip(List<double[]> stops) {
        List<double[]> left = new ArrayList<>(stops);
        List<double[]> order = new ArrayList<>();
        if (left.isEmpty()) {
            return order;
        }
        order.add(left.remove(0));
        while (!left.isEmpty()) {
            double[] last = order.get(order.size() - 1);
            int best = 0;
            for (int i = 1; i < left.size(); i++) {
                if (distance(last, left.get(i)) < distance(last, left.get(best))) {
                    best = i;
                }
            }
            order.add(left.remove(best));
        }
        int n = order.size();
        for (boolean improved = true; improved; ) {
            improved = false;
            for (int i = 0; i < n - 1; i++) {
                for (int j = i + 2; j < n; j++) {
                    double[] a = order.get(i);
                    double[] b = order.get(i + 1);
                    double[] c = order.get(j);
                    double[] d = order.get((j + 1) % n);
                    if (distance(a, c) + distance(b, d) < distance(a, b) + distance(c, d) - 1e-12) {
                        Collections.reverse(order.subList(i + 1, j + 1));
                        improved = true;
                    }
                }
            }
        }
        return order;
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
}
