package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyTest {
    @Test
    void framesStepEvenlyAlongEachSegmentAndEndOnTheLastPoint() {
        Journey journey = Journey.parse("--path", " -2,0 ; 0,2;2 , 0");
        List<double[]> frames = journey.frames(4);
        assertEquals(9, frames.size());
        assertEquals(9, journey.frameCount(4));
        assertArrayEquals(new double[] {-2, 0}, frames.get(0), 1e-12);
        assertArrayEquals(new double[] {-1, 1}, frames.get(2), 1e-12);
        assertArrayEquals(new double[] {0, 2}, frames.get(4), 1e-12);
        assertArrayEquals(new double[] {1.5, 0.5}, frames.get(7), 1e-12);
        assertArrayEquals(new double[] {2, 0}, frames.get(8), 1e-12);
    }

    @Test
    void aBadPathIsOneLineNamingThePointAndTheValue() {
        assertEquals("--path '1,2' has 1 point; a journey needs at least 2 (write x,y;x,y;…, e.g. \"-2,0;0,1.5;2,0\")",
                assertThrows(IllegalArgumentException.class, () -> Journey.parse("--path", "1,2")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Journey.parse("--path", "1,2;x,3")).getMessage()
                .startsWith("--path '1,2;x,3': point 2 has 'x', not a finite number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Journey.parse("--path", "1,2;3,4,5")).getMessage()
                .startsWith("--path '1,2;3,4,5': point 2 ('3,4,5') is not two numbers x,y"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Journey.parse("--path", "1,2;NaN,1")).getMessage()
                .contains("'NaN', not a finite number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Journey.parse("--path", " ")).getMessage()
                .startsWith("--path is empty"));
    }

    @Test
    void aFrameShowsTheImageEnlargedTheDotsInTheirClassColoursAndThePuck() {
        // two points, class 0 at (-1, 0) and class 2 at (1, 1), on a window from -2 to 2
        JourneyPicture.Pad pad = new JourneyPicture.Pad(new double[] {-1, 1}, new double[] {0, 1}, new int[] {0, 2}, 0, 0, 2);
        JourneyPicture picture = new JourneyPicture(pad, 112);
        float[] image = new float[28 * 28];
        image[5 * 28 + 7] = 1f;
        image[20 * 28 + 3] = 0.5f;
        BufferedImage frame = picture.frame(image, 28, 28, 0.5, -1, List.of());

        assertEquals(picture.width(), frame.getWidth());
        assertEquals(picture.height(), frame.getHeight());
        assertEquals(0xffffff, rgb(frame, picture.imagePixel(5, 7, 28, 28)));
        assertEquals(0x808080, rgb(frame, picture.imagePixel(20, 3, 28, 28)));
        assertEquals(0x000000, rgb(frame, picture.imagePixel(6, 7, 28, 28)));
        assertEquals(0xffffff, rgb(frame, picture.padPixel(0.5, -1)), "the puck's centre is white");
        assertDotColour(frame, picture.padPixel(-1, 0), ClassColours.rgb(0));
        assertDotColour(frame, picture.padPixel(1, 1), ClassColours.rgb(2));
    }

    private static int rgb(BufferedImage frame, int[] xy) {
        return frame.getRGB(xy[0], xy[1]) & 0xffffff;
    }

    /** The dot is its class colour at 60 % over the plot's dark blue: nearer that colour than any other class's. */
    private static void assertDotColour(BufferedImage frame, int[] xy, int expected) {
        int actual = rgb(frame, xy);
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int c = 0; c < ClassColours.HEX.size(); c++) {
            int colour = ClassColours.rgb(c);
            double d = 0;
            for (int shift = 0; shift <= 16; shift += 8) {
                double blended = 0.6 * ((colour >> shift) & 0xff) + 0.4 * ((0x10141b >> shift) & 0xff);
                d += Math.pow(blended - ((actual >> shift) & 0xff), 2);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = colour;
            }
        }
        assertEquals(Integer.toHexString(expected), Integer.toHexString(best), "dot at " + xy[0] + "," + xy[1]);
        assertTrue(bestDistance < 30, "the dot's colour " + Integer.toHexString(actual));
    }
}
