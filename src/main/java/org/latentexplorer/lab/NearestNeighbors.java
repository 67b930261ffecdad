package org.latentexplorer.lab;

/**
 * A k-nearest-neighbour classifier over a k-d tree, for low-dimensional points such as latent encodings.
 * Distances are Euclidean; among equally distant points the lower training index counts as nearer, so results
 * are the same as an exhaustive search with that rule.
 */
public final class NearestNeighbors {
    private static final int LEAF_SIZE = 8;

    private final int dims;
    private final float[] points;
    private final int[] labels;
    private final int[] trainingIndex;

    private NearestNeighbors(int dims, float[] points, int[] labels, int[] trainingIndex) {
        this.dims = dims;
        this.points = points;
        this.labels = labels;
        this.trainingIndex = trainingIndex;
    }

    /** {@code points} holds {@code labels.length} points of {@code dims} coordinates each, one after another. */
    public static NearestNeighbors fit(float[] points, int dims, int[] labels) {
        if (dims < 1 || labels.length == 0 || points.length != labels.length * dims) {
            throw new IllegalArgumentException("need " + labels.length + " points of " + dims + " coordinates, got " + points.length + " values");
        }
        for (float v : points) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("coordinates must be finite, got " + v);
            }
        }
        int[] order = new int[labels.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        split(order, points, dims, 0, order.length, 0);
        float[] treePoints = new float[points.length];
        int[] treeLabels = new int[labels.length];
        for (int slot = 0; slot < order.length; slot++) {
            System.arraycopy(points, order[slot] * dims, treePoints, slot * dims, dims);
            treeLabels[slot] = labels[order[slot]];
        }
        return new NearestNeighbors(dims, treePoints, treeLabels, order);
    }

    public int size() {
        return labels.length;
    }

    /** Training indices of the {@code k} nearest points (all of them if fewer), nearest first. */
    public int[] nearest(float[] point, int k) {
        Neighbours found = search(point, k);
        int[] indices = new int[found.count];
        for (int i = 0; i < found.count; i++) {
            indices[i] = trainingIndex[found.slots[i]];
        }
        return indices;
    }

    /** The most common label among the {@code k} nearest; a tie goes to the tied label whose point is nearest. */
    public int predict(float[] point, int k) {
        Neighbours found = search(point, k);
        int best = -1;
        int bestVotes = 0;
        for (int i = 0; i < found.count; i++) {
            int label = labels[found.slots[i]];
            int votes = 0;
            for (int j = 0; j < found.count; j++) {
                votes += labels[found.slots[j]] == label ? 1 : 0;
            }
            if (votes > bestVotes) {
                best = label;
                bestVotes = votes;
            }
        }
        return best;
    }

    /** The fraction of test points whose predicted label is their own. */
    public double accuracy(float[] testPoints, int[] testLabels, int k) {
        if (testLabels.length == 0 || testPoints.length != testLabels.length * dims) {
            throw new IllegalArgumentException("need " + testLabels.length + " test points of " + dims + " coordinates");
        }
        float[] point = new float[dims];
        int correct = 0;
        for (int i = 0; i < testLabels.length; i++) {
            System.arraycopy(testPoints, i * dims, point, 0, dims);
            correct += predict(point, k) == testLabels[i] ? 1 : 0;
        }
        return (double) correct / testLabels.length;
    }

    private Neighbours search(float[] point, int k) {
        if (point.length != dims || k < 1) {
            throw new IllegalArgumentException("need a point of " + dims + " coordinates and k >= 1");
        }
        Neighbours found = new Neighbours(Math.min(k, size()));
        visit(point, found, 0, size(), 0);
        return found;
    }

    /** The subtree over slots [lo, hi): its middle slot splits the rest along axis {@code depth % dims}. */
    private void visit(float[] query, Neighbours found, int lo, int hi, int depth) {
        if (hi - lo <= LEAF_SIZE) {
            for (int slot = lo; slot < hi; slot++) {
                found.offer(slot, distance(query, slot));
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        int axis = depth % dims;
        double gap = (double) query[axis] - points[mid * dims + axis];
        boolean leftFirst = gap < 0;
        visit(query, found, leftFirst ? lo : mid + 1, leftFirst ? mid : hi, depth + 1);
        found.offer(mid, distance(query, mid));
        // <= rather than <: a point on the far side at exactly the worst distance may still win on index
        if (gap * gap <= found.worstDistance()) {
            visit(query, found, leftFirst ? mid + 1 : lo, leftFirst ? hi : mid, depth + 1);
        }
    }

    private double distance(float[] query, int slot) {
        double sum = 0;
        for (int d = 0; d < dims; d++) {
            double diff = (double) query[d] - points[slot * dims + d];
            sum += diff * diff;
        }
        return sum;
    }

    /** The best {@code capacity} slots seen so far, sorted by squared distance, then by training index. */
    private final class Neighbours {
        final int[] slots;
        final double[] distances;
        int count;

        Neighbours(int capacity) {
            slots = new int[capacity];
            distances = new double[capacity];
        }

        double worstDistance() {
            return count < slots.length ? Double.POSITIVE_INFINITY : distances[count - 1];
        }

        void offer(int slot, double distance) {
            if (count == slots.length && !closer(distance, slot, distances[count - 1], slots[count - 1])) {
                return;
            }
            int i = count == slots.length ? count - 1 : count++;
            while (i > 0 && closer(distance, slot, distances[i - 1], slots[i - 1])) {
                slots[i] = slots[i - 1];
                distances[i] = distances[i - 1];
                i--;
            }
            slots[i] = slot;
            distances[i] = distance;
        }

        private boolean closer(double distance, int slot, double otherDistance, int otherSlot) {
            return distance < otherDistance || distance == otherDistance && trainingIndex[slot] < trainingIndex[otherSlot];
        }
    }

    /** Arranges {@code order[lo, hi)} into a k-d tree: the middle element is the median along this depth's axis. */
    private static void split(int[] order, float[] points, int dims, int lo, int hi, int depth) {
        if (hi - lo <= LEAF_SIZE) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        select(order, points, dims, depth % dims, lo, hi - 1, mid);
        split(order, points, dims, lo, mid, depth + 1);
        split(order, points, dims, mid + 1, hi, depth + 1);
    }

    /** Hoare's quickselect on {@code order[lo..hi]}: rank {@code k} along {@code axis} lands at k, smaller before, larger after. */
    private static void select(int[] order, float[] points, int dims, int axis, int lo, int hi, int k) {
        while (lo < hi) {
            float pivot = points[order[(lo + hi) >>> 1] * dims + axis];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (points[order[i] * dims + axis] < pivot) {
                    i++;
                }
                while (points[order[j] * dims + axis] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int swap = order[i];
                    order[i++] = order[j];
                    order[j--] = swap;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }
}
