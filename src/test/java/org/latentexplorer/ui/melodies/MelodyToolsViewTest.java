package org.latentexplorer.ui.melodies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import java.util.EnumMap;
import java.util.Map;
import org.latentexplorer.data.Melody;
import org.latentexplorer.lab.MelodyAttribute;
import org.latentexplorer.latent.AttributeVectors;
import org.latentexplorer.music.MelodyMidi;

/** The musician's tools in the Melodies view (headless): variations in the strip, and the attribute sliders. */
class MelodyToolsViewTest extends MelodyViewFxTest {
    @Test
    void variationsFillTheStripAroundThePointAndATilePlaysAndBecomesThePoint() throws Exception {
        MelodyView view = start();
        float[] z = onFx(() -> view.session().point());

        interact(() -> ((Slider) lookup("#variation-similarity").query()).setValue(1.0));
        clickOn("#make-variations");
        waitUntil("variations at similarity 1", () -> view.stripTiles().size() == MelodyPaths.DEFAULT_VARIATIONS);
        for (Shown tile : onFx(view::stripTiles)) {
            assertArrayEquals(z, tile.z(), 1e-6f, "similarity 1 is the melody itself");
        }

        interact(() -> ((Slider) lookup("#variation-similarity").query()).setValue(0.5));
        press(KeyCode.V).release(KeyCode.V);
        waitUntil("variations at similarity 0.5", () -> view.session().paths().stripProperty().get().title().contains("0.50"));
        List<Shown> tiles = onFx(view::stripTiles);
        assertEquals(MelodyPaths.DEFAULT_VARIATIONS, tiles.size());
        double sumOfSquares = 0;
        for (Shown tile : tiles) {
            assertFalse(Arrays.equals(z, tile.z()), "a variation moves away from the point");
            assertEquals(reference.decode(tile.z(), 0, null), tile.melody(), "a tile shows its point's melody");
            for (int d = 0; d < z.length; d++) {
                double noise = (tile.z()[d] - 0.5 * z[d]) / 0.5;
                sumOfSquares += noise * noise;
            }
        }
        double noiseVariance = sumOfSquares / (tiles.size() * z.length);
        assertTrue(noiseVariance > 0.8 && noiseVariance < 1.2, "z' = s z + (1 - s) e with e from N(0, I): var(e) = " + noiseVariance);

        clickOn("#strip-tile-3", MouseButton.PRIMARY);
        waitUntil("tile 4 is the point", () -> view.shown() != null && Arrays.equals(view.shown().z(), tiles.get(3).z()));
        assertEquals(tiles.get(3).melody(), onFx(() -> view.shown().melody()), "clicking a tile plays its melody");
        assertEquals(tiles.get(3).melody(), onFx(() -> view.pianoRoll().melody()));

        interact(() -> view.session().paths().placeTile(5));
        waitUntil("tile 6 is the point", () -> Arrays.equals(view.session().point(), tiles.get(5).z())
                && view.shown() != null && Arrays.equals(view.shown().z(), tiles.get(5).z()));
        assertEquals(tiles, onFx(view::stripTiles), "placing a tile keeps the strip");

        Path tileFile = scratch.resolve("variation-6.mid");
        Melody written = onFx(() -> view.session().playback().export(tiles.get(5).melody(), tileFile));
        assertEquals(written, MelodyMidi.read(tileFile).withBpm(written.bpm()), "an exported tile reads back as its melody");
    }

    @Test
    void anAttributeSliderShiftsWhatPlaysAlongItsVectorAndThePuckStays() throws Exception {
        MelodyView view = start();
        AttributeVectors vectors = AttributeVectors.load(model).orElseThrow();
        float[] puck = onFx(() -> view.session().point());
        Melody before = onFx(() -> view.shown().melody());

        interact(() -> ((Slider) lookup("#shape-density").query()).setValue(2));
        float[] busier = vectors.shift(puck, Map.of(MelodyAttribute.DENSITY, 2.0));
        waitUntil("the melody two density steps up", () -> view.shown() != null && Arrays.equals(view.shown().z(), busier));
        Melody shaped = onFx(() -> view.shown().melody());
        assertEquals(reference.decode(busier, 0, null), shaped);
        assertTrue(MelodyAttribute.DENSITY.measure(shaped) > MelodyAttribute.DENSITY.measure(before),
                "two steps up the density vector add notes: " + before.noteCount() + " -> " + shaped.noteCount());
        assertArrayEquals(puck, onFx(() -> view.session().point()), "the puck stays where it was");
        assertTrue(onFx(() -> lookup("#shaped-caption").queryLabeled().getText()).contains("density +2.0"));

        interact(() -> ((Slider) lookup("#shape-pitch").query()).setValue(-1));
        Map<MelodyAttribute, Double> steps = new EnumMap<>(MelodyAttribute.class); // the sliders' order: the same float sums
        steps.put(MelodyAttribute.DENSITY, 2.0);
        steps.put(MelodyAttribute.MEAN_PITCH, -1.0);
        float[] both = vectors.shift(puck, steps);
        waitUntil("density +2 and pitch -1", () -> view.shown() != null && Arrays.equals(view.shown().z(), both));

        interact(() -> view.session().paths().variations());
        waitUntil("variations of the shaped melody", () -> view.session().paths().stripProperty().get().title().startsWith("Variations"));
        Shown tile = onFx(() -> view.stripTiles().get(2));
        clickOn("#strip-tile-2", MouseButton.PRIMARY);
        waitUntil("the tile plays", () -> view.shown() != null && view.shown().melody().equals(tile.melody()));
        assertArrayEquals(tile.z(), onFx(() -> view.shown().z()), 1e-5f, "a tile plays as shown, the sliders kept");

        clickOn("#shape-reset");
        float[] base = onFx(() -> view.session().point());
        waitUntil("the sliders back at zero", () -> view.shown() != null && Arrays.equals(view.shown().z(), base));
        assertFalse(onFx(() -> lookup("#shaped-caption").queryLabeled().getText()).contains("density"));
    }

    @Test
    void aMidiFileDroppedOnTheStripGetsVariationsAndThePuckGoesToIt() throws Exception {
        MelodyView view = start();
        int[] events = new int[2 * Melody.STEPS_PER_BAR];
        int[] tune = {67, 69, 71, 72, 74, 72, 71, 69};
        for (int step = 0; step < events.length; step += 4) {
            events[step] = Melody.noteOn(tune[step / 4]);
        }
        Path file = scratch.resolve("tune.mid");
        MelodyMidi.write(new Melody(events), 0, file);
        float[] encoded = reference.encode(MelodyMidi.read(file));

        interact(() -> view.session().paths().variationsOf(file));
        waitUntil("the file's variations", () -> view.session().paths().stripProperty().get().title().startsWith("Variations")
                && view.shown() != null && Arrays.equals(view.shown().z(), view.session().point()));
        assertArrayEquals(encoded, onFx(() -> view.session().point()), 1e-5f, "the puck goes to the file's first two bars");
        assertEquals(MelodyPaths.DEFAULT_VARIATIONS, onFx(view::stripTiles).size());
    }
}
