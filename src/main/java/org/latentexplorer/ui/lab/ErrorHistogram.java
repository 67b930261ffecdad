package org.latentexplorer.ui.lab;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.latentexplorer.lab.Percentiles;

/** Two overlaid histograms of reconstruction errors: the in-distribution set and the out-of-distribution one. */
final class ErrorHistogram extends Canvas {
    static final Color IN = Color.web("#4cc9f0");
    static final Color OUT = Color.web("#f72585");
    private static final int BINS = 60;
    private static final double MARGIN = 28;
    private static final Font FONT = Font.font("System", 11);

    ErrorHistogram(double width, double height) {
        super(width, height);
    }

    void show(double[] in, double[] out, String inName, String outName, String errorName) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.web("#10141b"));
        g.fillRect(0, 0, w, h);
        double top = Math.max(Percentiles.of(in).percentile(99.5), Percentiles.of(out).percentile(99.5));
        if (!(top > 0)) {
            return;
        }
        int[] inCounts = counts(in, top);
        int[] outCounts = counts(out, top);
        double tallest = 0;
        for (int b = 0; b < BINS; b++) {
            tallest = Math.max(tallest, Math.max(inCounts[b] / (double) in.length, outCounts[b] / (double) out.length));
        }
        double plotHeight = h - 2 * MARGIN;
        double barWidth = (w - 2 * MARGIN) / BINS;
        for (int pass = 0; pass < 2; pass++) {
            int[] counts = pass == 0 ? inCounts : outCounts;
            double total = pass == 0 ? in.length : out.length;
            g.setFill((pass == 0 ? IN : OUT).deriveColor(0, 1, 1, 0.55));
            for (int b = 0; b < BINS; b++) {
                double barHeight = counts[b] / total / tallest * plotHeight;
                g.fillRect(MARGIN + b * barWidth, h - MARGIN - barHeight, Math.max(1, barWidth - 1), barHeight);
            }
        }
        g.setFill(Color.web("#9aa4b2"));
        g.setFont(FONT);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("0", MARGIN, h - MARGIN + 4);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(LabText.HISTOGRAM_AXIS.format(LabText.fixed(top, 3), errorName), w - MARGIN, h - MARGIN + 4);
        g.setTextAlign(TextAlignment.LEFT);
        String inLegend = LabText.HISTOGRAM_IN.format(inName);
        g.setFill(IN);
        g.fillText(inLegend, MARGIN, 6);
        g.setFill(OUT);
        g.fillText(LabText.HISTOGRAM_OUT.format(outName), MARGIN + Math.max(170, width(inLegend) + 24), 6);
    }

    private static double width(String text) {
        javafx.scene.text.Text measured = new javafx.scene.text.Text(text);
        measured.setFont(FONT);
        return measured.getLayoutBounds().getWidth();
    }

    private static int[] counts(double[] values, double top) {
        int[] counts = new int[BINS];
        for (double value : values) {
            counts[Math.min(BINS - 1, (int) (value / top * BINS))]++;
        }
        return counts;
    }
}
