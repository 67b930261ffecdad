package org.latentexplorer.ui.melodies;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.latentexplorer.latent.LatestWinsDecoder;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.MidiWindows;
import org.latentexplorer.ui.widgets.Problems;

/**
 * The four corners of the Melodies view's blend plane: each a latent point, set by sampling, by picking
 * a corpus melody on the pad, or from the first window of a MIDI file.
 */
public final class MelodyCorners {
    static final int COUNT = 4;

    private final MelodySession session;
    private final LatestWinsDecoder<MelodySpace> decoder;
    private final Runnable changed;
    private final StringProperty message;
    private final ReadOnlyObjectWrapper<float[][]> corners = new ReadOnlyObjectWrapper<>(this, "corners");
    private final ObjectProperty<Integer> cornerToPick = new SimpleObjectProperty<>(this, "cornerToPick");
    private final Random random = new Random();

    /** {@code changed} runs after a corner moves. */
    MelodyCorners(MelodySession session, LatestWinsDecoder<MelodySpace> decoder, Runnable changed) {
        this.session = session;
        this.decoder = decoder;
        this.changed = changed;
        this.message = session.messageProperty();
    }

    /** The corners of a newly opened model. */
    void setAll(float[][] all) {
        corners.set(all);
    }

    /** Sets corner {@code index} (0..3, named 1..4) and redraws the blend. */
    public void setCorner(int index, float[] z) {
        float[][] next = corners.get().clone();
        next[index] = z.clone();
        corners.set(next);
        changed.run();
        message.set(MelodiesText.CORNER_SET.format(cornerName(index)));
    }

    public void sampleCorner(int index) {
        if (session.space() != null) {
            setCorner(index, session.space().samplePrior(random));
        }
    }

    /** Sets the corner waiting for a pick to the corpus melody nearest {@code (u, v)} on the pad. */
    public boolean pickCorner(double u, double v, double radius) {
        Integer index = cornerToPick.get();
        int nearest = session.scatterProperty().get().nearest(u, v, radius);
        if (index == null || nearest < 0) {
            return false;
        }
        setCorner(index, session.space().corpusPoint(nearest));
        cornerToPick.set(null);
        String song = session.songName(session.scatterProperty().get().labels()[nearest]);
        message.set(MelodiesText.CORNER_PICKED.format(cornerName(index), song));
        return true;
    }

    /** Sets a corner to the first window of a MIDI file (encoded on the decoder thread). */
    public void loadCorner(int index, Path file) {
        MelodySpace s = session.space();
        if (s == null) {
            return;
        }
        decoder.post(Lane.GRID, s, m -> {
            try {
                return new MelodyPaths.PathResult(MidiWindows.readFirst(m, file), null);
            } catch (IOException | RuntimeException e) {
                return new MelodyPaths.PathResult(null, Problems.describe(e));
            }
        }, result -> {
            if (session.space() != s) {
                return;
            }
            if (result.problem() != null) {
                message.set(MelodiesText.MIDI_UNUSABLE.format(result.problem()));
            } else {
                setCorner(index, result.path().points().get(0));
                message.set(MelodiesText.CORNER_FROM_FILE.format(cornerName(index), result.path().file()));
            }
        });
    }

    /** Corners are numbered 1 to 4, so that their names never read as the pins A and B. */
    public static String cornerName(int index) {
        return Integer.toString(index + 1);
    }

    public ReadOnlyObjectProperty<float[][]> cornersProperty() {
        return corners.getReadOnlyProperty();
    }

    /** The corner waiting for a click on a corpus melody (null: none). */
    public ObjectProperty<Integer> cornerToPickProperty() {
        return cornerToPick;
    }
}
