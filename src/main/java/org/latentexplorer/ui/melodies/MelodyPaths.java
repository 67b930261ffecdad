package org.latentexplorer.ui.melodies;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.LatestWinsDecoder;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.MelodyVariations;
import org.latentexplorer.latent.MidiWindows;
import org.latentexplorer.latent.Polyline;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.CommonText;
import org.latentexplorer.ui.widgets.LatentText;
import org.latentexplorer.ui.widgets.Problems;
import org.latentexplorer.latent.SeededDecoding;

/**
 * The Melodies view's rows of melodies: pins A and B and the interpolation between them, a path drawn
 * on the pad, variations of the melody playing, the strip they decode into, and the windows of a dropped
 * MIDI file shown as a path.
 */
public final class MelodyPaths {
    public static final int DEFAULT_TILES = 8;
    public static final int DEFAULT_PATH_POINTS = 8;
    public static final int DEFAULT_VARIATIONS = 8;
    public static final double DEFAULT_SIMILARITY = 0.7; // 95 % of variations then differ from the melody, 98 % melody-like (README)

    /** A MIDI file's windows encoded, or the problem that stopped it. */
    record PathResult(MidiWindows path, String problem) {
    }

    private final MelodySession session;
    private final LatestWinsDecoder<MelodySpace> decoder;
    private final StringProperty message;
    private final ObjectProperty<float[]> pinA = new SimpleObjectProperty<>(this, "pinA");
    private final ObjectProperty<float[]> pinB = new SimpleObjectProperty<>(this, "pinB");
    private final IntegerProperty tiles = new SimpleIntegerProperty(this, "tiles", DEFAULT_TILES);
    private final IntegerProperty pathPoints = new SimpleIntegerProperty(this, "pathPoints", DEFAULT_PATH_POINTS);
    private final ReadOnlyObjectWrapper<Strip> strip = new ReadOnlyObjectWrapper<>(this, "strip", Strip.EMPTY);
    private final ReadOnlyObjectWrapper<List<double[]>> drawnPath = new ReadOnlyObjectWrapper<>(this, "drawnPath", List.of());
    private final ReadOnlyObjectWrapper<MidiWindows> midiPath = new ReadOnlyObjectWrapper<>(this, "midiPath");
    private final BooleanProperty drawingPath = new SimpleBooleanProperty(this, "drawingPath");
    private final IntegerProperty variationCount = new SimpleIntegerProperty(this, "variationCount", DEFAULT_VARIATIONS);
    private final DoubleProperty similarity = new SimpleDoubleProperty(this, "similarity", DEFAULT_SIMILARITY);
    private final Random random = new Random();

    MelodyPaths(MelodySession session, LatestWinsDecoder<MelodySpace> decoder) {
        this.session = session;
        this.decoder = decoder;
        this.message = session.messageProperty();
    }

    /** Forgets everything: the pins, paths and strip of the old model mean nothing in a new one. */
    void clear() {
        strip.set(Strip.EMPTY);
        drawnPath.set(List.of());
        drawingPath.set(false);
        midiPath.set(null);
        pinA.set(null);
        pinB.set(null);
    }

    /** Removes the drawn path from the pad (it was drawn in another plane's coordinates). */
    void forgetDrawnPath() {
        drawnPath.set(List.of());
    }

    // ---- pins, interpolation and paths

    public void pinA() {
        float[] point = session.shapedPoint();
        if (point != null) {
            pinA.set(point);
            message.set(Texts.window().format(CommonText.PINNED_A, LatentText.brief(point)));
        }
    }

    public void pinB() {
        float[] point = session.shapedPoint();
        if (point != null) {
            pinB.set(point);
            message.set(Texts.window().format(CommonText.PINNED_B, LatentText.brief(point)));
        }
    }

    /** Decodes {@link #tilesProperty() tiles} melodies from pin A to pin B into the strip. */
    public void interpolate() {
        float[] a = pinA.get();
        float[] b = pinB.get();
        if (session.space() == null || a == null || b == null) {
            message.set(MelodiesText.PIN_BOTH_FIRST.text());
            return;
        }
        decodeStrip(Strip.Kind.INTERPOLATION, "A → B", LatentSpace.interpolate(a, b, Math.max(2, tiles.get())));
    }

    /** Decodes {@link #pathPointsProperty() N} points evenly spaced along a path drawn on the pad, joined into one tune. */
    public void decodePath(List<double[]> padPoints) {
        if (session.space() == null || padPoints.isEmpty()) {
            return;
        }
        drawnPath.set(List.copyOf(padPoints));
        drawingPath.set(false); // one path per press of Draw path
        List<double[]> even = Polyline.evenlySpaced(padPoints, Math.max(2, pathPoints.get()));
        MelodyPlane plane = session.planeProperty().get();
        float[][] zs = new float[even.size()][];
        for (int i = 0; i < zs.length; i++) {
            zs[i] = plane.toLatent(even.get(i)[0], even.get(i)[1]);
        }
        decodeStrip(Strip.Kind.PATH, MelodiesText.STRIP_PATH.text(), zs);
    }

    /**
     * Decodes {@link #variationCountProperty() N} variations of the melody that plays into the strip:
     * z' = s·z + (1 − s)·ε with ε from the prior and s the {@link #similarityProperty() similarity}
     * (MusicVAE's {@code similar}), at the temperature set.
     */
    public void variations() {
        float[] z = session.shapedPoint();
        if (z == null) {
            message.set(MelodiesText.OPEN_MODEL_FIRST.text());
            return;
        }
        variationsAround(z);
    }

    private void variationsAround(float[] z) {
        double s = similarity.get();
        decodeStrip(Strip.Kind.VARIATIONS, MelodiesText.STRIP_VARIATIONS.format(MelodyNumbers.fixed(s, 2)),
                MelodyVariations.around(z, Math.max(1, variationCount.get()), s, random));
    }

    /** Variations of a MIDI file's first two bars: the puck moves to them and the strip fills with variations. */
    public void variationsOf(Path file) {
        readMidi(file, true, read -> {
            float[] first = read.points().get(0);
            session.moveToShown(first);
            variationsAround(first);
        });
    }

    /** Puts the strip's tile {@code index} on the pad: the puck goes where it plays. */
    public void placeTile(int index) {
        List<Shown> tiles = strip.get().tiles();
        if (index >= 0 && index < tiles.size()) {
            session.moveToShown(tiles.get(index).z());
            message.set(MelodiesText.TILE_PLACED.format(strip.get().title(), index + 1));
        }
    }

    private void decodeStrip(Strip.Kind kind, String title, float[][] zs) {
        MelodySpace s = session.space();
        double t = session.temperatureProperty().get();
        decoder.post(Lane.STRIP, s, m -> {
            List<Melody> melodies = t == 0 ? m.decodeAll(zs, 0, null) : null;
            List<Shown> decoded = new ArrayList<>(zs.length);
            for (int i = 0; i < zs.length; i++) {
                decoded.add(new Shown(zs[i], melodies != null ? melodies.get(i) : SeededDecoding.decode(m, zs[i], t)));
            }
            return new Strip(kind, title, List.copyOf(decoded));
        }, result -> {
            if (session.space() != s) {
                return;
            }
            strip.set(result);
            message.set(MelodiesText.STRIP_DECODED.format(result.title(), result.tiles().size(), result.tune().length() / Melody.STEPS_PER_BAR));
        });
    }

    /** Removes the drawn path from the pad, and its melodies from the strip. */
    public void clearPath() {
        drawingPath.set(false);
        drawnPath.set(List.of());
        if (strip.get().kind() == Strip.Kind.PATH) {
            strip.set(Strip.EMPTY);
        }
    }

    // ---- dropped MIDI files

    /** Extracts a MIDI file's windows, encodes them and shows them as a path of points on the pad. */
    public void loadMidiPath(Path file) {
        readMidi(file, false, read -> {
            midiPath.set(read);
            message.set(MelodiesText.MIDI_WINDOWS.format(read.file(), read.windows().size()));
        });
    }

    /** Reads and encodes {@code file}'s windows (or only its first) on the decoder thread; a problem is one line in the status. */
    private void readMidi(Path file, boolean firstOnly, Consumer<MidiWindows> then) {
        MelodySpace s = session.space();
        if (s == null) {
            return;
        }
        message.set(MelodiesText.READING.format(file.getFileName()));
        decoder.post(Lane.GRID, s, m -> {
            try {
                return new PathResult(firstOnly ? MidiWindows.readFirst(m, file) : MidiWindows.read(m, file), null);
            } catch (IOException | RuntimeException e) {
                return new PathResult(null, Problems.describe(e));
            }
        }, result -> {
            if (session.space() != s) {
                return;
            }
            if (result.problem() != null) {
                message.set(MelodiesText.MIDI_UNREADABLE.format(result.problem()));
            } else {
                then.accept(result.path());
            }
        });
    }

    // ---- properties

    public ObjectProperty<float[]> pinAProperty() {
        return pinA;
    }

    public ObjectProperty<float[]> pinBProperty() {
        return pinB;
    }

    public IntegerProperty tilesProperty() {
        return tiles;
    }

    public IntegerProperty pathPointsProperty() {
        return pathPoints;
    }

    public ReadOnlyObjectProperty<Strip> stripProperty() {
        return strip.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<double[]>> drawnPathProperty() {
        return drawnPath.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MidiWindows> midiPathProperty() {
        return midiPath.getReadOnlyProperty();
    }

    public IntegerProperty variationCountProperty() {
        return variationCount;
    }

    public DoubleProperty similarityProperty() {
        return similarity;
    }

    public BooleanProperty drawingPathProperty() {
        return drawingPath;
    }
}
