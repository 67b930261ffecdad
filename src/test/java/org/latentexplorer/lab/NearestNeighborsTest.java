package org.latentexplorer.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NearestNeighborsTest {
    @Test
    void agreesWithExhaustiveSearchOnRandomPoints() {
        Random random = new Random(42);
        for (int dims : new int[] {1, 2, 3}) {
            int n = 2000;
            float[] points = new float[n * dims];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(10);
                for (int d = 0; d < dims; d++) {
                    points[i * dims + d] = (float) random.nextGaussian();
                }
            }
            assertAgreesWithExhaustiveSearch(points, dims, labels, randomQueries(random, 300, dims, 4));
        }
    }

    @Test
    void agreesWithExhaustiveSearchWithDuplicatesAndTies() {
        Random random = new Random(9);
        int dims = 2;
        int n = 1500;
        float[] points = new float[n * dims];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(4);
            // a coarse integer grid: many identical points, and many queries equidistant from several points
            points[i * dims] = random.nextInt(12);
            points[i * dims + 1] = random.nextInt(12);
        }
        float[] queries = new float[400 * dims];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = random.nextInt(25) / 2f - 0.5f;
        }
        assertAgreesWithExhaustiveSearch(points, dims, labels, queries);
    }

    @Test
    void separatedClustersAreClassifiedPerfectly() {
        Random random = new Random(1);
        int perClass = 200;
        float[][] centres = {{-5, -5}, {5, -5}, {0, 6}, {9, 9}};
        float[] train = new float[centres.length * perClass * 2];
        int[] trainLabels = new int[centres.length * perClass];
        float[] test = new float[centres.length * 50 * 2];
        int[] testLabels = new int[centres.length * 50];
        for (int i = 0; i < trainLabels.length; i++) {
            trainLabels[i] = i % centres.length;
            train[2 * i] = centres[i % centres.length][0] + (float) random.nextGaussian();
            train[2 * i + 1] = centres[i % centres.length][1] + (float) random.nextGaussian();
        }
        for (int i = 0; i < testLabels.length; i++) {
            testLabels[i] = i % centres.length;
            test[2 * i] = centres[i % centres.length][0] + (float) random.nextGaussian();
            test[2 * i + 1] = centres[i % centres.length][1] + (float) random.nextGaussian();
        }
        NearestNeighbors knn = NearestNeighbors.fit(train, 2, trainLabels);
        assertEquals(1.0, knn.accuracy(test, testLabels, 5));
        assertEquals(1.0, knn.accuracy(test, testLabels, 1));
    }

    @Test
    void majorityWinsAndATieGoesToTheNearestLabel() {
        // on a line from the query at 0: labels 7, 3, 3, 7, 5 at distances 1, 2, 3, 4, 5
        float[] points = {1, -2, 3, -4, 5};
        int[] labels = {7, 3, 3, 7, 5};
        NearestNeighbors knn = NearestNeighbors.fit(points, 1, labels);
        float[] origin = {0};
        assertEquals(7, knn.predict(origin, 1));
        assertEquals(3, knn.predict(origin, 3), "two 3s outvote the nearer 7");
        assertEquals(7, knn.predict(origin, 4), "two each: the 7 is nearest");
        assertEquals(7, knn.predict(origin, 5));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, knn.nearest(origin, 10), "k beyond the training set takes all");
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbors.fit(new float[5], 2, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbors.fit(new float[] {Float.NaN}, 1, new int[1]));
        NearestNeighbors knn = NearestNeighbors.fit(new float[] {0, 0}, 2, new int[] {1});
        assertThrows(IllegalArgumentException.class, () -> knn.predict(new float[] {0}, 1));
        assertThrows(IllegalArgumentException.class, () -> knn.predict(new float[] {0, 0}, 0));
    }

    private static void assertAgreesWithExhaustiveSearch(float[] points, int dims, int[] labels, float[] queries) {
        NearestNeighbors knn = NearestNeighbors.fit(points, dims, labels);
        int[] predicted1 = new int[queries.length / dims];
        int[] predicted5 = new int[queries.length / dims];
        for (int q = 0; q < queries.length / dims; q++) {
            float[] query = new float[dims];
            System.arraycopy(queries, q * dims, query, 0, dims);
            int[] expected = exhaustiveNearest(points, dims, query, 5);
            assertArrayEquals(expected, knn.nearest(query, 5), "query " + q);
            assertArrayEquals(new int[] {expected[0]}, knn.nearest(query, 1), "query " + q);
            assertEquals(vote(expected, labels), knn.predict(query, 5), "query " + q);
            assertEquals(labels[expected[0]], knn.predict(query, 1), "query " + q);
            predicted1[q] = labels[expected[0]];
            predicted5[q] = vote(expected, labels);
        }
        assertEquals(1.0, knn.accuracy(queries, predicted1, 1));
        assertEquals(1.0, knn.accuracy(queries, predicted5, 5));
    }

    private static int[] exhaustiveNearest(float[] points, int dims, float[] query, int k) {
        double[] distances = new double[points.length / dims];
        for (int i = 0; i < distances.length; i++) {
            for (int d = 0; d < dims; d++) {
                double diff = (double) query[d] - points[i * dims + d];
                distances[i] += diff * diff;
            }
        }
        return IntStream.range(0, distances.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> distances[i]).thenComparingInt(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    /** Majority label, ties to the label that appears first in the nearest-first list. */
    private static int vote(int[] nearestFirst, int[] labels) {
        int[] counts = new int[10];
        for (int i : nearestFirst) {
            counts[labels[i]]++;
        }
        int max = IntStream.of(counts).max().orElseThrow();
        for (int i : nearestFirst) {
            if (counts[labels[i]] == max) {
                return labels[i];
            }
        }
        throw new AssertionError();
    }

    private static float[] randomQueries(Random random, int count, int dims, double spread) {
        float[] queries = new float[count * dims];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = (float) ((random.nextDouble() - 0.5) * spread);
        }
        return queries;
    }
}
