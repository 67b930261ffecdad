package org.latentexplorer.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DigitPreprocessingTest {
    private static final int SIDE = DigitPreprocessing.SIDE;

    @Test
    void emptyOrFaintCanvasHasNoDigit() {
        assertTrue(DigitPreprocessing.mnistStyle(new float[280 * 280], 280, 280).isEmpty());
        float[] faint = new float[280 * 280];
        Arrays.fill(faint, 0.002f);
        assertTrue(DigitPreprocessing.mnistStyle(faint, 280, 280).isEmpty());
    }

    @Test
    void whereTheDigitWasDrawnDoesNotMatter() {
        float[] reference = digit(rectangle(280, 280, 30, 40, 100, 60), 280, 280);
        assertArrayEquals(reference, digit(rectangle(280, 280, 150, 200, 100, 60), 280, 280));
        assertArrayEquals(reference, digit(rectangle(400, 300, 280, 0, 100, 60), 400, 300));
    }

    @Test
    void longerSideBecomesTwentyPixelsKeepingTheAspect() {
        assertInkBox(digit(rectangle(280, 280, 30, 40, 100, 60), 280, 280), 20, 12);
        assertInkBox(digit(rectangle(280, 280, 7, 100, 90, 37), 280, 280), 20, 8);
        assertInkBox(digit(rectangle(280, 280, 200, 10, 30, 150), 280, 280), 4, 20);
        assertInkBox(digit(rectangle(28, 28, 5, 5, 10, 5), 28, 28), 20, 10);
    }

    @Test
    void centreOfMassLandsWithinHalfAPixelOfTheFrameCentre() {
        int side = 280;
        float[] triangle = new float[side * side];
        for (int r = 0; r < 120; r++) {
            for (int c = 0; c <= r; c++) {
                triangle[(50 + r) * side + 70 + c] = 1;
            }
        }
        float[] image = digit(triangle, side, side);
        double mass = 0;
        double row = 0;
        double col = 0;
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                mass += image[r * SIDE + c];
                row += r * image[r * SIDE + c];
                col += c * image[r * SIDE + c];
            }
        }
        assertEquals(14, row / mass, 0.5 + 1e-9);
        assertEquals(14, col / mass, 0.5 + 1e-9);
        // the triangle's mass sits low and left in its box, so the box itself lands up and to the right of centre
        int[] box = inkBounds(image);
        assertTrue((box[0] + box[1]) / 2.0 < 12, "box rows " + box[0] + ".." + box[1]);
        assertTrue((box[2] + box[3]) / 2.0 > 16, "box columns " + box[2] + ".." + box[3]);
    }

    @Test
    void thinStrokesSurviveTheShrinking() {
        int side = 280;
        float[] line = new float[side * side];
        for (int i = 20; i < 260; i++) {
            line[i * side + i] = 1;
        }
        float[] image = digit(line, side, side);
        double ink = 0;
        int inked = 0;
        float brightest = 0;
        for (float v : image) {
            ink += v;
            inked += v > 0 ? 1 : 0;
            brightest = Math.max(brightest, v);
        }
        double shrink = 20.0 / 240;
        assertEquals(240 * shrink * shrink, ink, 1e-4, "area averaging keeps the ink, scaled by the area ratio");
        assertTrue(inked >= 20, "every row of the 20-pixel box has some ink: " + inked);
        assertTrue(brightest > 0.05, "brightest pixel " + brightest);
    }

    @Test
    void inkIsNeverPushedOutOfTheFrame() {
        int side = 280;
        float[] drawing = rectangle(side, side, 10, 10, 40, 40);
        drawing[210 * side + 210] = 1;
        float[] image = digit(drawing, side, side);
        double ink = 0;
        for (float v : image) {
            ink += v;
        }
        double shrink = 20.0 / 201;
        assertEquals((40 * 40 + 1) * shrink * shrink, ink, 1e-4, "centring the heavy corner would have cut the box");
        assertEquals(shrink * shrink, image[SIDE * SIDE - 1], 1e-6, "the far dot ends in the frame's last pixel");
    }

    private static float[] digit(float[] drawing, int rows, int cols) {
        return DigitPreprocessing.mnistStyle(drawing, rows, cols).orElseThrow();
    }

    private static float[] rectangle(int rows, int cols, int top, int left, int height, int width) {
        float[] canvas = new float[rows * cols];
        for (int r = top; r < top + height; r++) {
            Arrays.fill(canvas, r * cols + left, r * cols + left + width, 1f);
        }
        return canvas;
    }

    /** First and last inked row, first and last inked column. */
    private static int[] inkBounds(float[] image) {
        int[] box = {SIDE, -1, SIDE, -1};
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                if (image[r * SIDE + c] > 0) {
                    box = new int[] {Math.min(box[0], r), Math.max(box[1], r), Math.min(box[2], c), Math.max(box[3], c)};
                }
            }
        }
        return box;
    }

    /** The pixels above zero form a full {@code height x width} block of ink. */
    private static void assertInkBox(float[] image, int height, int width) {
        int[] box = inkBounds(image);
        assertEquals(height, box[1] - box[0] + 1, "ink rows");
        assertEquals(width, box[3] - box[2] + 1, "ink columns");
        for (int r = box[0]; r <= box[1]; r++) {
            for (int c = box[2]; c <= box[3]; c++) {
                assertEquals(1f, image[r * SIDE + c], 1e-5, "a filled rectangle stays filled at " + r + "," + c);
            }
        }
    }
}
