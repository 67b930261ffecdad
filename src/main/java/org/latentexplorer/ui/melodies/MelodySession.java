package org.latentexplorer.ui.melodies;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.io.IOException;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.AttributeVectors;
import org.latentexplorer.latent.CornerBlend;
import org.latentexplorer.latent.LatestWinsDecoder;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.MidiWindows;
import org.latentexplorer.latent.SeededDecoding;
import org.latentexplorer.model.Devices;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.CommonText;
import org.latentexplorer.ui.widgets.EngineText;
import org.latentexplorer.ui.widgets.Problems;
import org.latentexplorer.ui.widgets.Scatter;
import org.latentexplorer.ui.widgets.Viewport;

/**
 * The Melodies view's state on the FX thread: the open model, its plane, the puck and the melody
 * there, with its decoder thread. Moving the puck asks the decoder thread for the melody there
 * (latest wins); the result comes back as {@link #shownProperty()}, and while a loop plays it is
 * queued to take over at the next bar line. Sound and export are {@link MelodyPlayback}'s, pins,
 * paths and the strip {@link MelodyPaths}', the blend's corners {@link MelodyCorners}'.
 * The FX thread never touches the model; the player has its own thread, so sound goes on while decoding.
 */
public final class MelodySession implements AutoCloseable {
    public enum PlaneKind { PRINCIPAL, CORNERS }

    private final LatestWinsDecoder<MelodySpace> decoder;
    private final MelodyPlayback playback;
    private final MelodyPaths paths;
    private final MelodyCorners corners;
    private final MelodyShaping shaping;
    private final ReadOnlyObjectWrapper<MelodySpace> space = new ReadOnlyObjectWrapper<>(this, "space");
    private final ObjectProperty<PlaneKind> planeKind = new SimpleObjectProperty<>(this, "planeKind", PlaneKind.PRINCIPAL);
    private final ReadOnlyObjectWrapper<MelodyPlane> plane = new ReadOnlyObjectWrapper<>(this, "plane");
    private final ReadOnlyObjectWrapper<float[]> point = new ReadOnlyObjectWrapper<>(this, "point");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.DEFAULT);
    private final ReadOnlyObjectWrapper<Scatter> scatter = new ReadOnlyObjectWrapper<>(this, "scatter", Scatter.EMPTY);
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 0);
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final ReadOnlyStringWrapper engine = new ReadOnlyStringWrapper(this, "engine", EngineText.starting());
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final Random random = new Random();
    private BiConsumer<Path, String> onOpenFailed = (directory, problem) -> { };
    private volatile String engineSummary;
    private volatile AttributeVectors openedVectors;
    private volatile String vectorsProblem;

    public MelodySession(Executor fxThread, MelodyPlayer.SynthesizerSource audio) {
        decoder = new LatestWinsDecoder<>("melody-decoder", fxThread, e -> message.set(Texts.window().format(CommonText.DECODING_FAILED, Problems.describe(e))));
        playback = new MelodyPlayback(this, fxThread, audio);
        shaping = new MelodyShaping(this::requestMelody);
        paths = new MelodyPaths(this, decoder);
        corners = new MelodyCorners(this, decoder, () -> {
            if (planeKind.get() == PlaneKind.CORNERS) {
                rebuildPlane(false);
            }
        });
        temperature.addListener((obs, old, t) -> requestMelody());
        planeKind.addListener((obs, old, kind) -> rebuildPlane(true));
        shown.addListener((obs, old, now) -> {
            if (now != null) {
                playback.queueIfPlayingPoint(now.melody());
            }
        });
    }

    // ---- opening a model

    public void open(Path directory) {
        opening.set(true);
        message.set(Texts.window().format(CommonText.OPENING, directory.getFileName()));
        boolean first = space.get() == null;
        decoder.open(() -> {
            MelodySpace opened = MelodySpace.open(directory, false); // damaged attribute vectors only turn the sliders off
            loadAttributeVectors(opened);
            if (first) {
                engineSummary = EngineText.of(Devices.describe(Devices.preferred()));
            }
            return opened;
        }, this::opened, e -> {
            opening.set(false);
            String problem = Problems.describe(e);
            message.set(Texts.window().format(CommonText.OPEN_FAILED, directory.getFileName(), problem));
            onOpenFailed.accept(directory, problem);
        });
    }

    private void loadAttributeVectors(MelodySpace opened) {
        openedVectors = null;
        try {
            AttributeVectors vectors = AttributeVectors.load(opened.directory()).orElse(null);
            if (vectors == null) {
                vectorsProblem = MelodiesText.NO_VECTORS.text();
            } else if (vectors.latentSize() != opened.latentSize() || !vectors.fits(opened.card())) {
                vectorsProblem = MelodiesText.VECTORS_OTHER_MODEL.format(AttributeVectors.FILE);
            } else {
                openedVectors = vectors;
                vectorsProblem = null;
            }
        } catch (IOException | RuntimeException e) {
            vectorsProblem = Problems.describe(e);
        }
    }

    private void opened(MelodySpace opened) {
        if (engineSummary != null) {
            engine.set(engineSummary);
        }
        playback.stop();
        point.set(null); // a point of the old model is no point of the new one
        paths.clear();
        corners.cornerToPickProperty().set(null);
        shown.set(null);
        shaping.setVectors(openedVectors);
        space.set(opened);
        corners.setAll(opened.corpusPoints(MelodyCorners.COUNT, 4));
        rebuildPlane(true);
        opening.set(false);
        message.set(MelodiesText.OPENED.format(opened.directory()));
    }

    private void rebuildPlane(boolean recentre) {
        MelodySpace s = space.get();
        if (s == null) {
            return;
        }
        float[][] c = corners.cornersProperty().get();
        double[] keptPuck = recentre || point.get() == null ? null : puck();
        MelodyPlane next = planeKind.get() == PlaneKind.CORNERS
                ? new MelodyPlane.Corners(new CornerBlend(c[0], c[1], c[2], c[3]))
                : new MelodyPlane.Principal(s.principalPlane());
        plane.set(next);
        paths.forgetDrawnPath(); // drawn in the old plane's coordinates
        scatter.set(s.latentMap().map(next::scatter).orElse(Scatter.EMPTY));
        viewport.set(next.fittingView(scatter.get()));
        if (keptPuck == null) {
            Viewport view = viewport.get();
            moveOnPad(view.centerU(), view.centerV());
        } else {
            moveOnPad(keptPuck[0], keptPuck[1]); // the same spot on the new plane: its melody changes at once
        }
    }

    // ---- moving

    /** Moves the puck to {@code (u, v)} on the pad and decodes the melody there. */
    public void moveOnPad(double u, double v) {
        if (plane.get() == null) {
            return;
        }
        point.set(plane.get().toLatent(u, v));
        requestMelody();
    }

    /** Moves to any latent point (off the pad's plane too: the puck shows its projection). */
    public void moveTo(float[] z) {
        if (space.get() == null) {
            return;
        }
        point.set(z.clone());
        requestMelody();
    }

    /**
     * Moves to where {@code shaped} plays: a melody shown in the strip or picked elsewhere plays exactly,
     * with the attribute sliders as they are (the puck goes to the point they shift onto it).
     */
    public void moveToShown(float[] shaped) {
        if (space.get() != null) {
            moveTo(shaping.unapply(shaped));
        }
    }

    /** {@link #moveToShown} and the melody there plays (looping when Loop is on) once decoded. */
    public void moveToShownAndPlay(float[] shaped) {
        moveToShown(shaped);
        playWhenDecoded();
    }

    /** The point that plays: the puck's, shifted by the attribute sliders. */
    public float[] shapedPoint() {
        return point.get() == null ? null : shaping.apply(point.get()).clone();
    }

    /** The puck's {@code (u, v)}: the current point projected onto the pad. */
    public double[] puck() {
        return plane.get() == null || point.get() == null ? new double[] {0, 0} : plane.get().project(point.get());
    }

    /** Plays what a click on corpus dot {@code index} of the latent map plays ({@link org.latentexplorer.latent.PadSurface#clickedDot}). */
    public void moveToDot(int index) {
        MelodySpace s = space.get();
        if (s == null || plane.get() == null || s.latentMap().isEmpty()) {
            return;
        }
        moveTo(plane.get().clickedDot(s.corpusPoint(index)));
    }

    public void sample() {
        if (space.get() != null) {
            moveTo(space.get().samplePrior(random));
        }
    }

    private void requestMelody() {
        MelodySpace s = space.get();
        if (s == null || point.get() == null) {
            return;
        }
        float[] z = shaping.apply(point.get());
        double t = temperature.get();
        decoder.post(Lane.POINT, s, m -> new Shown(z, SeededDecoding.decode(m, z, t)), result -> {
            if (space.get() == s) {
                shown.set(result);
            }
        });
    }

    // ---- dropped MIDI files

    /** Moves to window {@code index} of the dropped file and plays it. */
    public void playMidiWindow(int index) {
        MidiWindows path = paths.midiPathProperty().get();
        if (path == null || index < 0 || index >= path.points().size()) {
            return;
        }
        moveTo(path.points().get(index));
        playWhenDecoded();
        message.set(MelodiesText.MIDI_WINDOW.format(path.file(), index + 1, path.points().size()));
    }

    /** Encodes {@code melody} (as long as the model's melodies) on the decoder thread; the puck goes where it plays, and it plays. */
    public void moveToMelody(Melody melody) {
        MelodySpace s = space.get();
        if (s == null) {
            return;
        }
        decoder.post(Lane.GRID, s, m -> m.encode(melody), z -> {
            if (space.get() == s) {
                moveToShownAndPlay(z);
            }
        });
    }

    /** Plays the point's melody once its decode arrives; a strip playing gives way to it. */
    private void playWhenDecoded() {
        if (playback.playingProperty().get() == MelodyPlayback.Playing.POINT) {
            return; // the loop takes the new melody at the next bar
        }
        shown.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Shown> obs, Shown old, Shown now) {
                shown.removeListener(this);
                if (playback.playingProperty().get() != MelodyPlayback.Playing.POINT) {
                    playback.play();
                }
            }
        });
    }

    // ---- the corpus

    public String songName(int label) {
        MelodySpace s = space.get();
        List<String> names = s == null ? List.of() : s.songNames();
        return label >= 0 && label < names.size() ? names.get(label) : MelodiesText.SONG.format(label);
    }

    // ---- properties

    public void setOnOpenFailed(BiConsumer<Path, String> handler) {
        onOpenFailed = handler;
    }

    public ReadOnlyObjectProperty<MelodySpace> spaceProperty() {
        return space.getReadOnlyProperty();
    }

    public MelodySpace space() {
        return space.get();
    }

    public ObjectProperty<PlaneKind> planeKindProperty() {
        return planeKind;
    }

    public ReadOnlyObjectProperty<MelodyPlane> planeProperty() {
        return plane.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<float[]> pointProperty() {
        return point.getReadOnlyProperty();
    }

    public float[] point() {
        return point.get() == null ? null : point.get().clone();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ReadOnlyObjectProperty<Scatter> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty engineProperty() {
        return engine.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Pins, interpolation, drawn and dropped paths, and the strip they decode into. */
    public MelodyPaths paths() {
        return paths;
    }

    /** The four corners of the blend plane. */
    public MelodyCorners corners() {
        return corners;
    }

    /** The attribute sliders. */
    public MelodyShaping shaping() {
        return shaping;
    }

    /** Why the attribute sliders are off for the open model (null when they are on). */
    public String attributeVectorsProblem() {
        return vectorsProblem;
    }

    /** The player, tempo, instrument and looping. */
    public MelodyPlayback playback() {
        return playback;
    }

    @Override
    public void close() {
        decoder.close();
        playback.close();
    }
}
