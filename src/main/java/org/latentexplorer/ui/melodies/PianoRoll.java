package org.latentexplorer.ui.melodies;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.latentexplorer.data.Melody;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.CommonText;

/**
 * A melody drawn on a piano roll: a row per pitch (black keys shaded), a column per sixteenth, bar and
 * beat lines, a rectangle per note, and a playhead. The pitch range fits the melody (at least an
 * octave). {@code compact} leaves out the key labels (strip tiles).
 */
public final class PianoRoll extends Region {
    private static final Color BACKGROUND = Color.web("#10141b");
    private static final Color BLACK_KEY_ROW = Color.web("#ffffff", 0.035);
    private static final Color BEAT_LINE = Color.web("#ffffff", 0.07);
    private static final Color BAR_LINE = Color.web("#ffffff", 0.28);
    private static final Color NOTE = Color.web("#5b9cf6");
    private static final Color NOTE_EDGE = Color.web("#a9cbff");
    private static final Color LABEL = Color.web("#8d98a8");
    private static final Color PLAYHEAD = Color.web("#ffd166");
    private static final Color EMPTY_TEXT = Color.web("#8d98a8");
    private static final Font LABEL_FONT = Font.font("System", 10);
    private static final String[] NAMES = {"C", "C♯", "D", "D♯", "E", "F", "F♯", "G", "G♯", "A", "A♯", "B"};

    private final Canvas canvas = new Canvas();
    private final boolean compact;
    private Melody melody;
    private int playhead = -1;
    private boolean highlighted;

    public PianoRoll(boolean compact) {
        this.compact = compact;
        getStyleClass().add(compact ? "piano-roll-tile" : "piano-roll");
        getChildren().add(canvas);
        if (compact) {
            setPrefSize(120, 60);
            setMinSize(120, 60);
            setMaxSize(120, 60);
        } else {
            setMinSize(240, 160);
            setPrefSize(420, 260);
        }
    }

    /** The melody on the roll (null before the first one). */
    public Melody melody() {
        return melody;
    }

    public void show(Melody newMelody) {
        melody = newMelody;
        draw();
    }

    /** The step under the playhead, or -1 for none. */
    public void setPlayhead(int step) {
        if (step != playhead) {
            playhead = step;
            draw();
        }
    }

    public int playhead() {
        return playhead;
    }

    public void setHighlighted(boolean on) {
        if (on != highlighted) {
            highlighted = on;
            draw();
        }
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        draw();
    }

    private static boolean isBlackKey(int pitch) {
        int pc = Math.floorMod(pitch, 12);
        return pc == 1 || pc == 3 || pc == 6 || pc == 8 || pc == 10;
    }

    /** Lowest and highest pitch shown: the melody's notes with a margin, at least an octave. */
    static int[] range(Melody melody) {
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        if (melody != null) {
            for (int step = 0; step < melody.length(); step++) {
                if (Melody.isNoteOn(melody.event(step))) {
                    int pitch = Melody.pitchOf(melody.event(step));
                    low = Math.min(low, pitch);
                    high = Math.max(high, pitch);
                }
            }
        }
        if (low > high) {
            return new int[] {60, 72};
        }
        low -= 2;
        high += 2;
        while (high - low < 12) {
            low--;
            high++;
        }
        return new int[] {Math.max(Melody.MIN_PITCH, low), Math.min(Melody.MAX_PITCH, high)};
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, width, height);
        if (width < 4 || height < 4) {
            return;
        }
        double left = compact ? 2 : 34;
        double top = compact ? 2 : 6;
        double right = width - 2;
        double bottom = height - (compact ? 2 : 6);
        if (melody == null) {
            g.setFill(EMPTY_TEXT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(compact ? "" : Texts.window().text(CommonText.DECODING), width / 2, height / 2);
            return;
        }
        int[] range = range(melody);
        int rows = range[1] - range[0] + 1;
        double rowHeight = (bottom - top) / rows;
        int steps = melody.length();
        double stepWidth = (right - left) / steps;

        for (int pitch = range[0]; pitch <= range[1]; pitch++) {
            double y = top + (range[1] - pitch) * rowHeight;
            if (isBlackKey(pitch)) {
                g.setFill(BLACK_KEY_ROW);
                g.fillRect(left, y, right - left, rowHeight);
            }
            if (!compact && Math.floorMod(pitch, 12) == 0 && rowHeight * 12 >= 12) {
                g.setFill(LABEL);
                g.setFont(LABEL_FONT);
                g.setTextAlign(TextAlignment.RIGHT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(NAMES[0] + (pitch / 12 - 1), left - 5, y + rowHeight / 2);
            }
        }
        for (int step = 0; step <= steps; step++) {
            boolean bar = step % Melody.STEPS_PER_BAR == 0;
            if (!bar && step % Melody.STEPS_PER_QUARTER != 0) {
                continue;
            }
            double x = Math.round(left + step * stepWidth) + 0.5;
            g.setStroke(bar ? BAR_LINE : BEAT_LINE);
            g.setLineWidth(1);
            g.strokeLine(x, top, x, bottom);
        }

        for (int step = 0; step < steps; step++) {
            int event = melody.event(step);
            if (!Melody.isNoteOn(event)) {
                continue;
            }
            int end = step + 1;
            while (end < steps && melody.event(end) == Melody.NO_EVENT) {
                end++;
            }
            int pitch = Melody.pitchOf(event);
            double x = left + step * stepWidth + 0.5;
            double y = top + (range[1] - pitch) * rowHeight + 0.5;
            double w = Math.max(1, (end - step) * stepWidth - 1);
            double h = Math.max(1, rowHeight - 1);
            g.setFill(NOTE);
            g.fillRoundRect(x, y, w, h, 3, 3);
            if (!compact) {
                g.setStroke(NOTE_EDGE);
                g.setLineWidth(1);
                g.strokeRoundRect(x, y, w, h, 3, 3);
            }
        }

        if (playhead >= 0 && playhead < steps) {
            double x = left + playhead * stepWidth;
            g.setFill(PLAYHEAD.deriveColor(0, 1, 1, 0.18));
            g.fillRect(x, top, stepWidth, bottom - top);
            g.setStroke(PLAYHEAD);
            g.setLineWidth(2);
            g.strokeLine(x, top, x, bottom);
        }
        if (highlighted) {
            g.setStroke(PLAYHEAD);
            g.setLineWidth(2);
            g.strokeRect(1, 1, width - 2, height - 2);
        }
    }
}
