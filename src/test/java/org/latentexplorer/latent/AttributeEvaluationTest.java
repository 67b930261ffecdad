package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Melody;
import org.latentexplorer.lab.MelodyAttribute;

/** The attribute figures: a melody moves when a step up raises the attribute and a step down lowers it. */
class AttributeEvaluationTest {
    /** Two bars of {@code notes} evenly spaced onsets rising by step from {@code low}. */
    private static Melody notes(int count, int low) {
        return notes(count, low, 2);
    }

    private static Melody notes(int count, int low, int interval) {
        int[] events = new int[Melody.WINDOW_STEPS];
        for (int n = 0; n < count; n++) {
            events[n * Melody.WINDOW_STEPS / count + (n % 3 == 2 && count < 16 ? 1 : 0)] = Melody.noteOn(low + interval * (n % 4));
        }
        return new Melody(events);
    }

    @Test
    void movedNeedsBothDirectionsStrictlyAndTheMeansAndMelodyLikeShareAreCounted() {
        List<Melody> played = List.of(notes(8, 60), notes(8, 60), notes(8, 60), notes(8, 60));
        List<Melody> up = List.of(notes(12, 60), notes(12, 60), notes(8, 60), notes(2, 60));
        List<Melody> down = List.of(notes(4, 60), notes(8, 60), notes(4, 60), notes(4, 60));
        AttributeEvaluation.Row row = AttributeEvaluation.row(MelodyAttribute.DENSITY, played, up, down);
        assertEquals(4, row.melodies());
        assertEquals(0.25, row.moved(), "only the first went up and down");
        assertEquals(0.5, row.raised());
        assertEquals(0.75, row.lowered());
        assertEquals(7 / 8.0, row.melodyLike(), "two notes are not melody-like: one of the eight shifted melodies");
        assertEquals((2 + 4 + 2 + 2) / 4.0, row.meanDown(), 1e-12);
        assertEquals(4.0, row.meanPlayed(), 1e-12);
        assertEquals((6 + 6 + 4 + 1) / 4.0, row.meanUp(), 1e-12);
        assertTrue(row.hasBar());
        assertTrue(!AttributeEvaluation.row(MelodyAttribute.STEPWISE, played, up, down).hasBar());
    }

    @Test
    void aMeasureThatIsNotANumberDoesNotMove() {
        Melody silence = new Melody(new int[Melody.WINDOW_STEPS]);
        AttributeEvaluation.Row row = AttributeEvaluation.row(MelodyAttribute.MEAN_PITCH, List.of(notes(8, 60)),
                List.of(silence), List.of(notes(8, 50)));
        assertEquals(0.0, row.moved());
        assertEquals(1.0, row.lowered());
        assertTrue(Double.isNaN(row.meanUp()), "no pitch to average");
    }

    @Test
    void theFiguresAreSeededAndCountTheAskedMelodies() throws IOException {
        try (MelodySpace space = MelodySpace.open(ModelCatalog.defaultRoot().resolve("melody-vae"), false)) {
            List<Melody> corpus = new ArrayList<>();
            for (int count = 4; count <= 16; count++) {
                for (int low = 55; low <= 67; low += 3) {
                    corpus.add(notes(count, low, 1 + (count + low) % 4));
                }
            }
            AttributeVectors vectors = AttributeVectors.compute(space, corpus, "built here", 1000, 1, 0.5);
            AttributeEvaluation.Report a = AttributeEvaluation.run(space, vectors, corpus, 12, 4);
            AttributeEvaluation.Report b = AttributeEvaluation.run(space, vectors, corpus, 12, 4);
            assertEquals(a, b);
            assertEquals(12, a.melodies());
            assertEquals(0.5, a.step());
            assertEquals(MelodyAttribute.values().length, a.rows().size());
            assertEquals(a.rows().get(0).moved(), a.figures().get("attributes.density.moved"));
            assertTrue(a.figures().containsKey("attributes.syncopation.melodyLike"));
        }
    }
}
