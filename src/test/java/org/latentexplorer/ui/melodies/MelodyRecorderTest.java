package org.latentexplorer.ui.melodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Melody;
import org.latentexplorer.music.MelodyMidi;

/** The Melodies view's Record button without a sound device: the bar clock records the bars the loop would play. */
class MelodyRecorderTest extends MelodyViewFxTest {
    @Test
    @SuppressWarnings("unchecked")
    void aJourneyIsRecordedBarByBarAndSavedAsMidi() throws Exception {
        MelodyView view = start();
        interact(() -> ((Spinner<Integer>) lookup("#melody-tempo").query()).getValueFactory().setValue(200)); // a bar in 1.2 s
        Melody first = onFx(() -> view.shown().melody());

        clickOn("#melody-record");
        assertTrue(onFx(() -> view.recorder().recordingProperty().get()));
        waitUntil("two bars of the first melody", () -> view.recorder().recordedBars() >= 2);
        float[] elsewhere = onFx(() -> view.session().space().samplePrior(new Random(5)));
        interact(() -> view.session().moveTo(elsewhere));
        waitUntil("the second melody shown", () -> view.shown() != null && java.util.Arrays.equals(view.shown().z(), elsewhere));
        Melody second = onFx(() -> view.shown().melody());
        int barsBefore = onFx(() -> view.recorder().recordedBars());
        waitUntil("two bars of the second melody", () -> view.recorder().recordedBars() >= barsBefore + 2);
        List<Melody> bars = onFx(() -> view.recorder().stop());
        assertFalse(onFx(() -> view.recorder().recordingProperty().get()));

        assertEquals(first.slice(0, 16), bars.get(0), "the first bar is the first melody's first bar");
        assertEquals(first.slice(16, 32), bars.get(1), "then its second, as the loop plays it");
        for (int k = 0; k < bars.size(); k++) {
            int from = (k % 2) * Melody.STEPS_PER_BAR;
            Melody bar = bars.get(k);
            assertTrue(bar.equals(first.slice(from, from + 16)) || bar.equals(second.slice(from, from + 16)),
                    "bar " + (k + 1) + " is bar " + (k % 2 + 1) + " of a melody shown");
        }
        int last = bars.size() - 1;
        assertEquals(second.slice((last % 2) * 16, (last % 2) * 16 + 16), bars.get(last), "the journey ends on the second melody");

        Path file = scratch.resolve("journey.mid");
        Melody written = onFx(() -> view.session().playback().export(Melody.concat(bars), file));
        assertEquals(200, written.bpm(), 1e-9);
        assertEquals(written, MelodyMidi.read(file).withBpm(written.bpm()), "the saved file reads back as the recorded bars");
        assertEquals(bars.size() * Melody.STEPS_PER_BAR, MelodyMidi.read(file).length());
    }
}
