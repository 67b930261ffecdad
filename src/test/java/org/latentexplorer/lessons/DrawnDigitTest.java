package org.latentexplorer.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentexplorer.lab.DigitPreprocessing;
import org.latentexplorer.latent.DigitReader;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;

class DrawnDigitTest {
    private static final int SIDE = 140;
    private static LatentSpace vae;
    private static DigitReader reader;

    @BeforeAll
    static void open() throws Exception {
        vae = LatentSpace.open(ModelCatalog.defaultRoot().resolve(DrawnDigit.MODEL));
        reader = DigitReader.open(ModelCatalog.defaultRoot().resolve(DigitReader.SHIPPED));
    }

    @AfterAll
    static void close() {
        vae.close();
        reader.close();
    }

    /** A vertical bar down the middle of the canvas: a "1". */
    private static float[] bar() {
        float[] ink = new float[SIDE * SIDE];
        for (int y = 20; y < SIDE - 20; y++) {
            for (int x = SIDE / 2 - 6; x < SIDE / 2 + 6; x++) {
                ink[y * SIDE + x] = 1f;
            }
        }
        return ink;
    }

    @Test
    void aDrawingIsCentredLikeMnistEncodedDecodedAndReadByTheClassifier() {
        DrawnDigit digit = DrawnDigit.read(vae, reader, bar(), SIDE, SIDE).orElseThrow();
        float[] input = DigitPreprocessing.mnistStyle(bar(), SIDE, SIDE).orElseThrow();
        assertArrayEquals(input, digit.input());
        assertArrayEquals(vae.encode(input), digit.z(), 1e-6f);
        assertArrayEquals(vae.decode(digit.z()), digit.reconstruction(), 1e-6f);
        float[] probabilities = reader.probabilities(input, 1);
        assertEquals(1, digit.digit(), "a bar reads as a one");
        assertEquals(probabilities[1], digit.confidence(), 0);
        for (float p : probabilities) {
            assertTrue(p <= digit.confidence());
        }
    }

    @Test
    void withoutAClassifierOrInkThereIsNoReading() {
        DrawnDigit unread = DrawnDigit.read(vae, null, bar(), SIDE, SIDE).orElseThrow();
        assertEquals(-1, unread.digit());
        assertTrue(DrawnDigit.read(vae, reader, new float[SIDE * SIDE], SIDE, SIDE).isEmpty(), "a blank canvas");
    }

    @Test
    void aPointOfTheMapIsDecodedWithNoInput() {
        float[] z = {0.5f, -1f};
        DrawnDigit point = DrawnDigit.at(vae, z);
        assertNull(point.input());
        assertEquals(-1, point.digit());
        assertArrayEquals(vae.decode(z), point.reconstruction(), 1e-6f);
    }
}
