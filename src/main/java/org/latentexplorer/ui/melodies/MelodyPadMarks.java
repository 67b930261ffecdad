package org.latentexplorer.ui.melodies;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.latentexplorer.latent.MidiWindows;
import org.latentexplorer.ui.widgets.PlotFrame;
import org.latentexplorer.ui.widgets.Scatter;

/** What the melody pad draws over its plot besides the puck and pins: corner names, paths, MIDI windows, the hovered song. */
final class MelodyPadMarks {
    static final Font LABEL_FONT = Font.font("System", 13);
    private static final Color PATH = Color.web("#ff8a5b");
    private static final Color MIDI = Color.web("#7be0a0");

    private MelodyPadMarks() {
    }

    /** The corners of the blend plane, named 1 to 4 outside the unit square. */
    static void drawCornerNames(GraphicsContext g, PlotFrame frame) {
        g.setFont(LABEL_FONT);
        g.setFill(PlotFrame.PIN);
        double[][] at = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        for (int c = 0; c < 4; c++) {
            double x = frame.toX(at[c][0]);
            double y = frame.toY(at[c][1]);
            g.fillRect(x - 4, y - 4, 8, 8);
            g.setTextAlign(at[c][0] == 0 ? TextAlignment.RIGHT : TextAlignment.LEFT);
            g.setTextBaseline(at[c][1] == 0 ? VPos.TOP : VPos.BOTTOM);
            g.fillText(MelodyCorners.cornerName(c), x + (at[c][0] == 0 ? -7 : 7), y + (at[c][1] == 0 ? 5 : -5));
        }
    }

    /** The drawn path (and the one being drawn), the path's decoded points, and a dropped file's windows. */
    static void drawPaths(GraphicsContext g, PlotFrame frame, MelodyPlane plane, MelodyPaths paths, List<double[]> drawing) {
        drawPolyline(g, frame, paths.drawnPathProperty().get(), PATH.deriveColor(0, 1, 1, 0.55), 2);
        drawPolyline(g, frame, drawing, PATH, 2.5);
        Strip strip = paths.stripProperty().get();
        if (strip.kind() == Strip.Kind.PATH) {
            g.setFill(PATH);
            for (Shown tile : strip.tiles()) {
                double[] uv = plane.project(tile.z());
                g.fillOval(frame.toX(uv[0]) - 4, frame.toY(uv[1]) - 4, 8, 8);
            }
        }
        MidiWindows midi = paths.midiPathProperty().get();
        if (midi != null) {
            List<double[]> points = midi.points().stream().map(plane::project).toList();
            drawPolyline(g, frame, points, MIDI.deriveColor(0, 1, 1, 0.6), 1.5);
            g.setFill(MIDI);
            for (double[] uv : points) {
                g.fillOval(frame.toX(uv[0]) - 3.5, frame.toY(uv[1]) - 3.5, 7, 7);
            }
        }
    }

    /** A ring round the hovered corpus melody and its song's name in the plot's corner. */
    static void drawHovered(GraphicsContext g, PlotFrame frame, Scatter scatter, int hovered, String name) {
        double x = frame.toX(scatter.us()[hovered]);
        double y = frame.toY(scatter.vs()[hovered]);
        int label = scatter.labels()[hovered];
        g.setStroke(MelodyPad.songColor(label));
        g.setLineWidth(2);
        g.strokeOval(x - 6, y - 6, 12, 12);
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(Color.web("#000000", 0.6));
        g.fillRoundRect(frame.plotLeft() + 6, frame.plotTop() + 6, name.length() * 7.5 + 16, 22, 6, 6);
        g.setFill(MelodyPad.songColor(label));
        g.fillText(name, frame.plotLeft() + 14, frame.plotTop() + 10);
    }

    private static void drawPolyline(GraphicsContext g, PlotFrame frame, List<double[]> points, Color color, double width) {
        if (points.size() < 2) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(width);
        g.beginPath();
        g.moveTo(frame.toX(points.get(0)[0]), frame.toY(points.get(0)[1]));
        for (int i = 1; i < points.size(); i++) {
            g.lineTo(frame.toX(points.get(i)[0]), frame.toY(points.get(i)[1]));
        }
        g.stroke();
    }
}
