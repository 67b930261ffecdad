package org.latentexplorer.ui.widgets;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.latentexplorer.ui.i18n.Texts;

/** A {@link PlotFrame}'s grid lines and tick labels, in latent units. */
final class PlotAxes {
    private static final Color GRID = Color.web("#ffffff", 0.06);
    private static final Color TICK_TEXT = Color.web("#9aa4b2");
    private static final Font TICK_FONT = Font.font("System", 11);

    private PlotAxes() {
    }

    static void drawGrid(GraphicsContext g, PlotFrame frame, double[] ticksU, double[] ticksV) {
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (double u : ticksU) {
            double x = Math.round(frame.toX(u)) + 0.5;
            g.strokeLine(x, frame.plotTop(), x, frame.plotTop() + frame.side());
        }
        for (double v : ticksV) {
            double y = Math.round(frame.toY(v)) + 0.5;
            g.strokeLine(frame.plotLeft(), y, frame.plotLeft() + frame.side(), y);
        }
    }

    /** Tick values below and left of the plot, and the axes' names in the corners of the margins. */
    static void drawTickLabels(GraphicsContext g, PlotFrame frame, double[] ticksU, double[] ticksV, String[] axisNames) {
        g.setFill(TICK_TEXT);
        g.setFont(TICK_FONT);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double bottom = frame.plotTop() + frame.side();
        for (double u : ticksU) {
            g.fillText(tickText(u), frame.toX(u), bottom + 5);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double v : ticksV) {
            g.fillText(tickText(v), frame.plotLeft() - 6, frame.toY(v));
        }
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(axisNames[0] + " →", frame.plotLeft() + frame.side(), frame.padHeight() - 1);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("↑ " + axisNames[1], frame.plotLeft() - PlotFrame.LEFT + 4, frame.padHeight() - 1);
    }

    /** At most two decimals, written as the window's language writes numbers ("0.5", "0,5"). */
    private static String tickText(double value) {
        return Texts.window().plainNumber(value, 2);
    }
}
