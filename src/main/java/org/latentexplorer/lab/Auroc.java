package org.latentexplorer.lab;

import java.util.Arrays;

/** Area under the ROC curve, from the Mann-Whitney U statistic with average ranks for ties. */
public final class Auroc {
    private Auroc() {
    }

    /**
     * The probability that a random positive scores above a random negative, ties counting half: 1 for perfect
     * separation, 0 when every negative outscores every positive, 0.5 for scores that carry no information.
     */
    public static double of(double[] positiveScores, double[] negativeScores) {
        int n1 = positiveScores.length;
        int n2 = negativeScores.length;
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("need at least one positive and one negative score");
        }
        double[] all = new double[n1 + n2];
        System.arraycopy(positiveScores, 0, all, 0, n1);
        System.arraycopy(negativeScores, 0, all, n1, n2);
        for (double score : all) {
            if (Double.isNaN(score)) {
                throw new IllegalArgumentException("NaN score");
            }
        }
        double[] sortedPositives = positiveScores.clone();
        Arrays.sort(sortedPositives);
        Arrays.sort(all);
        double positiveRankSum = 0;
        int p = 0;
        for (int start = 0; start < all.length; ) {
            int end = start;
            while (end < all.length && all[end] == all[start]) {
                end++;
            }
            double averageRank = (start + 1 + end) / 2.0;
            while (p < n1 && sortedPositives[p] == all[start]) {
                positiveRankSum += averageRank;
                p++;
            }
            start = end;
        }
        double u = positiveRankSum - n1 * (n1 + 1.0) / 2;
        return u / ((double) n1 * n2);
    }
}
