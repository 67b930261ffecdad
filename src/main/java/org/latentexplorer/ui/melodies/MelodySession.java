package org.latentexplorer.ui.melodies;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.CornerBlend;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.LatestWinsDecoder;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.MidiWindows;
import org.latentexplorer.latent.Polyline;
import org.latentexplorer.model.Devices;
import org.latentexplorer.music.MelodyExport;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.ui.widgets.LatentText;
import org.latentexplorer.ui.widgets.Problems;
import org.latentexplorer.ui.widgets.Scatter;
import org.latentexplorer.ui.widgets.Viewport;

/**
 * The Melodies view's state on the FX thread, its decoder thread and its player. Moving the puck
 * asks the decoder thread for the melody there (latest wins); the result comes back as
 * {@link #shownProperty()}, and while a loop plays it is queued to take over at the next bar line.
 * The FX thread never touches the model; the player has its own thread, so sound goes on while decoding.
 */
public final class MelodySession implements AutoCloseable {
    public static final int DEFAULT_TILES = 8;
    public static final int DEFAULT_PATH_POINTS = 8;
    public static final int DEFAULT_TEMPO = 120;
    /** What the window says when no sound device opens (instead of the device's own words). */
    public static final String NO_SOUND = "No sound device found: playback is off; export still works";
    private static final int CORNERS = 4;
    static final String PATH_TITLE = "Path";

    /** A melody and the latent point it was decoded from. */
    public record Shown(float[] z, Melody melody) {
    }

    /** A row of melodies (an interpolation or a drawn path) and the tune they make joined. */
    public record Strip(String title, List<Shown> tiles) {
        public static final Strip EMPTY = new Strip("", List.of());

        public Melody tune() {
            return Melody.concat(tiles.stream().map(Shown::melody).toList());
        }

        public boolean isEmpty() {
            return tiles.isEmpty();
        }
    }

    /** What the player is playing. */
    public enum Playing { NOTHING, POINT, STRIP }

    public enum PlaneKind { PRINCIPAL, CORNERS }

    private record PathResult(MidiWindows path, String problem) {
    }

    private final Executor fxThread;
    private final LatestWinsDecoder<MelodySpace> decoder;
    private final MelodyPlayer.SynthesizerSource audio;
    private final ReadOnlyObjectWrapper<MelodySpace> space = new ReadOnlyObjectWrapper<>(this, "space");
    private final ObjectProperty<PlaneKind> planeKind = new SimpleObjectProperty<>(this, "planeKind", PlaneKind.PRINCIPAL);
    private final ReadOnlyObjectWrapper<MelodyPlane> plane = new ReadOnlyObjectWrapper<>(this, "plane");
    private final ReadOnlyObjectWrapper<float[][]> corners = new ReadOnlyObjectWrapper<>(this, "corners");
    private final ReadOnlyObjectWrapper<float[]> point = new ReadOnlyObjectWrapper<>(this, "point");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.DEFAULT);
    private final ReadOnlyObjectWrapper<Scatter> scatter = new ReadOnlyObjectWrapper<>(this, "scatter", Scatter.EMPTY);
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 0);
    private final IntegerProperty tempo = new SimpleIntegerProperty(this, "tempo", DEFAULT_TEMPO);
    private final IntegerProperty program = new SimpleIntegerProperty(this, "program", 0);
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop", true);
    private final ReadOnlyObjectWrapper<Playing> playing = new ReadOnlyObjectWrapper<>(this, "playing", Playing.NOTHING);
    private final ReadOnlyIntegerWrapper playStep = new ReadOnlyIntegerWrapper(this, "playStep", -1);
    private final ObjectProperty<float[]> pinA = new SimpleObjectProperty<>(this, "pinA");
    private final ObjectProperty<float[]> pinB = new SimpleObjectProperty<>(this, "pinB");
    private final IntegerProperty tiles = new SimpleIntegerProperty(this, "tiles", DEFAULT_TILES);
    private final IntegerProperty pathPoints = new SimpleIntegerProperty(this, "pathPoints", DEFAULT_PATH_POINTS);
    private final ReadOnlyObjectWrapper<Strip> strip = new ReadOnlyObjectWrapper<>(this, "strip", Strip.EMPTY);
    private final ReadOnlyObjectWrapper<List<double[]>> drawnPath = new ReadOnlyObjectWrapper<>(this, "drawnPath", List.of());
    private final ReadOnlyObjectWrapper<MidiWindows> midiPath = new ReadOnlyObjectWrapper<>(this, "midiPath");
    private final BooleanProperty drawingPath = new SimpleBooleanProperty(this, "drawingPath");
    private final ObjectProperty<Integer> cornerToPick = new SimpleObjectProperty<>(this, "cornerToPick");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final ReadOnlyStringWrapper engine = new ReadOnlyStringWrapper(this, "engine", "engine starting…");
    private final ReadOnlyStringWrapper audioState = new ReadOnlyStringWrapper(this, "audioState", "audio starting…");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final Random random = new Random();
    private BiConsumer<Path, String> onOpenFailed = (directory, problem) -> { };
    private volatile MelodyPlayer player;
    private volatile String engineSummary;
    private boolean closed;

    public MelodySession(Executor fxThread, MelodyPlayer.SynthesizerSource audio) {
        this.fxThread = fxThread;
        this.audio = audio;
        decoder = new LatestWinsDecoder<>("melody-decoder", fxThread, e -> message.set("Decoding failed: " + Problems.describe(e)));
        temperature.addListener((obs, old, t) -> requestMelody());
        tempo.addListener((obs, old, bpm) -> withPlayer(p -> p.setTempo(bpm.intValue())));
        program.addListener((obs, old, p) -> withPlayer(pl -> pl.setProgram(p.intValue())));
        loop.addListener((obs, old, on) -> withPlayer(p -> p.setLoop(on)));
        planeKind.addListener((obs, old, kind) -> rebuildPlane(true));
        shown.addListener((obs, old, now) -> {
            if (now != null && playing.get() == Playing.POINT) {
                withPlayer(p -> p.queue(now.melody().withBpm(tempo.get())));
            }
        });
        startPlayer();
    }

    private void startPlayer() {
        Thread starter = new Thread(() -> {
            MelodyPlayer opened = MelodyPlayer.open(audio, fxThread, text -> fxThread.execute(() -> message.set(plainWords(text))));
            opened.setListener(new MelodyPlayer.Listener() {
                @Override
                public void step(Melody melody, int step) {
                    fxThread.execute(() -> playStep.set(step));
                }

                @Override
                public void stopped() {
                    fxThread.execute(() -> {
                        playing.set(Playing.NOTHING);
                        playStep.set(-1);
                    });
                }
            });
            String state = opened.available() ? "audio: " + opened.describe() : "audio: no sound device";
            try {
                fxThread.execute(() -> {
                    if (closed) {
                        opened.close();
                        return;
                    }
                    player = opened;
                    player.setTempo(tempo.get());
                    player.setProgram(program.get());
                    audioState.set(state);
                });
            } catch (RuntimeException refused) {
                opened.close();
            }
        }, "melody-audio-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** The player's technical "no audio" text, said plainly. */
    private static String plainWords(String text) {
        return text.startsWith(MelodyPlayer.NO_AUDIO) ? NO_SOUND : text;
    }

    private void withPlayer(java.util.function.Consumer<MelodyPlayer> action) {
        MelodyPlayer p = player;
        if (p != null) {
            action.accept(p);
        }
    }

    // ---- opening a model

    public void open(Path directory) {
        opening.set(true);
        message.set("Opening " + directory.getFileName() + "…");
        boolean first = space.get() == null;
        decoder.open(() -> {
            MelodySpace opened = MelodySpace.open(directory);
            if (first) {
                engineSummary = Devices.summary(Devices.preferred());
            }
            return opened;
        }, this::opened, e -> {
            opening.set(false);
            String problem = Problems.describe(e);
            message.set("Could not open " + directory.getFileName() + ": " + problem);
            onOpenFailed.accept(directory, problem);
        });
    }

    private void opened(MelodySpace opened) {
        if (engineSummary != null) {
            engine.set(engineSummary);
        }
        stop();
        point.set(null); // a point of the old model is no point of the new one
        strip.set(Strip.EMPTY);
        drawnPath.set(List.of());
        drawingPath.set(false);
        cornerToPick.set(null);
        midiPath.set(null);
        pinA.set(null);
        pinB.set(null);
        shown.set(null);
        space.set(opened);
        corners.set(opened.corpusPoints(CORNERS, 4));
        rebuildPlane(true);
        opening.set(false);
        message.set("Opened " + opened.directory() + ": drag on the pad to hear the melody there");
    }

    private void rebuildPlane(boolean recentre) {
        MelodySpace s = space.get();
        if (s == null) {
            return;
        }
        float[][] c = corners.get();
        double[] keptPuck = recentre || point.get() == null ? null : puck();
        MelodyPlane next = planeKind.get() == PlaneKind.CORNERS
                ? new MelodyPlane.Corners(new CornerBlend(c[0], c[1], c[2], c[3]))
                : new MelodyPlane.Principal(s.principalPlane());
        plane.set(next);
        drawnPath.set(List.of()); // drawn in the old plane's coordinates
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

    /** The puck's {@code (u, v)}: the current point projected onto the pad. */
    public double[] puck() {
        return plane.get() == null || point.get() == null ? new double[] {0, 0} : plane.get().project(point.get());
    }

    public void sample() {
        if (space.get() != null) {
            moveTo(space.get().samplePrior(random));
        }
    }

    private void requestMelody() {
        MelodySpace s = space.get();
        float[] z = point.get();
        if (s == null || z == null) {
            return;
        }
        double t = temperature.get();
        decoder.post(Lane.POINT, s, m -> new Shown(z, decode(m, z, t)), result -> {
            if (space.get() == s) {
                shown.set(result);
            }
        });
    }

    /**
     * The melody at {@code z}: the most likely one at temperature 0, else one drawn with a random
     * generator seeded by the point itself, so the same point always plays the same melody (dragging
     * back to a spot brings its melody back).
     */
    public static Melody decode(MelodySpace space, float[] z, double temperature) {
        return space.decode(z, temperature, temperature == 0 ? null : new Random(seedFor(z)));
    }

    /** The sampling seed of a latent point. */
    public static long seedFor(float[] z) {
        return 0x5DEECE66DL * Arrays.hashCode(z) + 11;
    }

    // ---- playback

    public void togglePlay() {
        if (playing.get() != Playing.NOTHING) {
            stop();
        } else {
            play();
        }
    }

    /** Plays the melody at the puck (looping when Loop is on). */
    public void play() {
        Shown now = shown.get();
        MelodyPlayer p = player;
        if (now == null) {
            message.set("Nothing decoded yet");
            return;
        }
        if (p == null) {
            message.set("Audio is still starting: try again in a moment");
            return;
        }
        p.play(now.melody().withBpm(tempo.get()), loop.get());
        if (p.available()) {
            playing.set(Playing.POINT);
        }
    }

    /** Plays the strip's tiles one after another. */
    public void playStrip() {
        Strip s = strip.get();
        MelodyPlayer p = player;
        if (s.isEmpty()) {
            message.set("Interpolate between A and B or draw a path first");
            return;
        }
        if (p == null) {
            message.set("Audio is still starting: try again in a moment");
            return;
        }
        p.play(s.tune().withBpm(tempo.get()), loop.get());
        if (p.available()) {
            playing.set(Playing.STRIP);
        }
    }

    /** The one-shot JFugue rendition of the melody at the puck. */
    public void playWithJFugue() {
        Shown now = shown.get();
        MelodyPlayer p = player;
        if (now != null && p != null) {
            p.playWithJFugue(now.melody().withBpm(tempo.get()), program.get());
        }
    }

    public void stop() {
        withPlayer(MelodyPlayer::stop);
        playing.set(Playing.NOTHING);
        playStep.set(-1);
    }

    // ---- pins, interpolation and paths

    public void pinA() {
        if (point.get() != null) {
            pinA.set(point.get().clone());
            message.set("Pinned A at " + LatentText.brief(point.get()));
        }
    }

    public void pinB() {
        if (point.get() != null) {
            pinB.set(point.get().clone());
            message.set("Pinned B at " + LatentText.brief(point.get()));
        }
    }

    /** Decodes {@link #tilesProperty() tiles} melodies from pin A to pin B into the strip. */
    public void interpolate() {
        float[] a = pinA.get();
        float[] b = pinB.get();
        if (space.get() == null || a == null || b == null) {
            message.set("Pin A and pin B first, then interpolate.");
            return;
        }
        decodeStrip("A → B", LatentSpace.interpolate(a, b, Math.max(2, tiles.get())));
    }

    /** Decodes {@link #pathPointsProperty() N} points evenly spaced along a path drawn on the pad, joined into one tune. */
    public void decodePath(List<double[]> padPoints) {
        if (space.get() == null || padPoints.isEmpty()) {
            return;
        }
        drawnPath.set(List.copyOf(padPoints));
        drawingPath.set(false); // one path per press of Draw path
        List<double[]> even = Polyline.evenlySpaced(padPoints, Math.max(2, pathPoints.get()));
        float[][] zs = new float[even.size()][];
        for (int i = 0; i < zs.length; i++) {
            zs[i] = plane.get().toLatent(even.get(i)[0], even.get(i)[1]);
        }
        decodeStrip(PATH_TITLE, zs);
    }

    private void decodeStrip(String title, float[][] zs) {
        MelodySpace s = space.get();
        double t = temperature.get();
        decoder.post(Lane.STRIP, s, m -> {
            List<Melody> melodies = t == 0 ? m.decodeAll(zs, 0, null) : null;
            List<Shown> decoded = new ArrayList<>(zs.length);
            for (int i = 0; i < zs.length; i++) {
                decoded.add(new Shown(zs[i], melodies != null ? melodies.get(i) : decode(m, zs[i], t)));
            }
            return new Strip(title, List.copyOf(decoded));
        }, result -> {
            if (space.get() != s) {
                return;
            }
            strip.set(result);
            message.set(String.format(Locale.ROOT, "%s: %d melodies, %d bars joined; Play strip to hear them in turn",
                    result.title(), result.tiles().size(), result.tune().length() / Melody.STEPS_PER_BAR));
        });
    }

    /** Removes the drawn path from the pad, and its melodies from the strip. */
    public void clearPath() {
        drawingPath.set(false);
        drawnPath.set(List.of());
        if (strip.get().title().equals(PATH_TITLE)) {
            strip.set(Strip.EMPTY);
        }
    }

    // ---- corners

    /** Sets corner {@code index} (0..3, named 1..4) and redraws the blend. */
    public void setCorner(int index, float[] z) {
        float[][] next = corners.get().clone();
        next[index] = z.clone();
        corners.set(next);
        if (planeKind.get() == PlaneKind.CORNERS) {
            rebuildPlane(false);
        }
        message.set("Corner " + cornerName(index) + " set");
    }

    public void sampleCorner(int index) {
        if (space.get() != null) {
            setCorner(index, space.get().samplePrior(random));
        }
    }

    /** Sets the corner waiting for a pick to the corpus melody nearest {@code (u, v)} on the pad. */
    public boolean pickCorner(double u, double v, double radius) {
        Integer index = cornerToPick.get();
        int nearest = scatter.get().nearest(u, v, radius);
        if (index == null || nearest < 0) {
            return false;
        }
        setCorner(index, space.get().corpusPoint(nearest));
        cornerToPick.set(null);
        String song = songName(scatter.get().labels()[nearest]);
        message.set("Corner " + cornerName(index) + " is a window of " + song);
        return true;
    }

    /** Sets a corner to the first window of a MIDI file (encoded on the decoder thread). */
    public void loadCorner(int index, Path file) {
        MelodySpace s = space.get();
        if (s == null) {
            return;
        }
        decoder.post(Lane.GRID, s, m -> {
            try {
                return new PathResult(MidiWindows.readFirst(m, file), null);
            } catch (IOException | RuntimeException e) {
                return new PathResult(null, Problems.describe(e));
            }
        }, result -> {
            if (space.get() != s) {
                return;
            }
            if (result.problem() != null) {
                message.set("Could not use that MIDI file: " + result.problem());
            } else {
                setCorner(index, result.path().points().get(0));
                message.set("Corner " + cornerName(index) + " is the first window of " + result.path().file());
            }
        });
    }

    /** Corners are numbered 1 to 4, so that their names never read as the pins A and B. */
    public static String cornerName(int index) {
        return Integer.toString(index + 1);
    }

    // ---- dropped MIDI files

    /** Extracts a MIDI file's windows, encodes them and shows them as a path of points on the pad. */
    public void loadMidiPath(Path file) {
        MelodySpace s = space.get();
        if (s == null) {
            return;
        }
        message.set("Reading " + file.getFileName() + "…");
        decoder.post(Lane.GRID, s, m -> {
            try {
                return new PathResult(MidiWindows.read(m, file), null);
            } catch (IOException | RuntimeException e) {
                return new PathResult(null, Problems.describe(e));
            }
        }, result -> {
            if (space.get() != s) {
                return;
            }
            if (result.problem() != null) {
                message.set("Could not read that MIDI file: " + result.problem());
            } else {
                midiPath.set(result.path());
                message.set(result.path().file() + ": " + result.path().windows().size()
                        + " windows on the pad; click a point to hear it");
            }
        });
    }

    /** Moves to window {@code index} of the dropped file and plays it. */
    public void playMidiWindow(int index) {
        MidiWindows path = midiPath.get();
        if (path == null || index < 0 || index >= path.points().size()) {
            return;
        }
        moveTo(path.points().get(index));
        if (playing.get() == Playing.NOTHING) {
            shown.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Shown> obs, Shown old, Shown now) {
                    shown.removeListener(this);
                    if (playing.get() == Playing.NOTHING) {
                        play();
                    }
                }
            });
        }
        message.set(path.file() + ", window " + (index + 1) + " of " + path.points().size());
    }

    // ---- export

    /** Writes the melody at the puck as MIDI, or as WAV when the name ends in .wav; returns what was written. */
    public Melody exportMelody(Path file) throws IOException {
        Shown now = shown.get();
        if (now == null) {
            throw new IOException("no melody decoded yet");
        }
        return export(now.melody(), file);
    }

    /** Writes the strip's joined tune (MIDI, or WAV by extension). */
    public Melody exportTune(Path file) throws IOException {
        if (strip.get().isEmpty()) {
            throw new IOException("the strip is empty: interpolate or draw a path first");
        }
        return export(strip.get().tune(), file);
    }

    private Melody export(Melody melody, Path file) throws IOException {
        Melody timed = melody.withBpm(tempo.get());
        MelodyExport.write(timed, program.get(), file);
        return timed;
    }

    // ---- the corpus

    public String songName(int label) {
        MelodySpace s = space.get();
        List<String> names = s == null ? List.of() : s.songNames();
        return label >= 0 && label < names.size() ? names.get(label) : "song " + label;
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

    public ReadOnlyObjectProperty<float[][]> cornersProperty() {
        return corners.getReadOnlyProperty();
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

    public IntegerProperty tempoProperty() {
        return tempo;
    }

    public IntegerProperty programProperty() {
        return program;
    }

    public BooleanProperty loopProperty() {
        return loop;
    }

    public ReadOnlyObjectProperty<Playing> playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty playStepProperty() {
        return playStep.getReadOnlyProperty();
    }

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

    public BooleanProperty drawingPathProperty() {
        return drawingPath;
    }

    public ObjectProperty<Integer> cornerToPickProperty() {
        return cornerToPick;
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty engineProperty() {
        return engine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty audioStateProperty() {
        return audioState.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The player once audio has started (null before). */
    public MelodyPlayer player() {
        return player;
    }

    @Override
    public void close() {
        closed = true;
        decoder.close();
        withPlayer(MelodyPlayer::close);
    }
}
