package org.latentexplorer.ui.digits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import org.latentexplorer.latent.LatentPlane;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.LatestWinsDecoder;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;
import org.latentexplorer.model.Devices;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.CommonText;
import org.latentexplorer.ui.widgets.EngineText;
import org.latentexplorer.ui.widgets.GrayImage;
import org.latentexplorer.ui.widgets.LatentText;
import org.latentexplorer.ui.widgets.Problems;
import org.latentexplorer.ui.widgets.Scatter;
import org.latentexplorer.ui.widgets.Viewport;

/**
 * The explorer's state on the FX thread and its one decoder thread: moving the point asks for the
 * digit, changing the view asks for the manifold, pins ask for the strip. Results come back as
 * properties the views bind to. The FX thread never touches the model itself.
 */
public final class ExplorerSession implements AutoCloseable {
    public static final int DEFAULT_GRID = 20;
    public static final int DEFAULT_FRAMES = 10;

    private final Exploration exploration = new Exploration();
    private final LatestWinsDecoder<LatentSpace> decoder;
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.DEFAULT);
    private final ReadOnlyObjectWrapper<Scatter> scatter = new ReadOnlyObjectWrapper<>(this, "scatter", Scatter.EMPTY);
    private final ReadOnlyObjectWrapper<Decoded> digit = new ReadOnlyObjectWrapper<>(this, "digit");
    private final ReadOnlyObjectWrapper<ManifoldGrid> manifold = new ReadOnlyObjectWrapper<>(this, "manifold");
    private final ReadOnlyObjectWrapper<List<Decoded>> strip = new ReadOnlyObjectWrapper<>(this, "strip", List.of());
    private final IntegerProperty gridSize = new SimpleIntegerProperty(this, "gridSize", DEFAULT_GRID);
    private final IntegerProperty frames = new SimpleIntegerProperty(this, "frames", DEFAULT_FRAMES);
    private final BooleanProperty manifoldWanted = new SimpleBooleanProperty(this, "manifoldWanted");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final ReadOnlyStringWrapper engine = new ReadOnlyStringWrapper(this, "engine", EngineText.starting());
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private BiConsumer<Path, String> onOpenFailed = (directory, problem) -> { };
    private float[][] scatterAxes;
    /** Written by the decoder thread when it first starts the engine, read on the FX thread after. */
    private volatile String engineSummary;

    public ExplorerSession(Executor fxThread) {
        decoder = new LatestWinsDecoder<>("latent-decoder", fxThread,
                e -> message.set(Texts.window().format(CommonText.DECODING_FAILED, Problems.describe(e))));
        exploration.pointProperty().addListener((obs, old, z) -> requestDigit());
        exploration.planeProperty().addListener((obs, old, plane) -> {
            updateScatter(plane);
            requestManifold();
        });
        ChangeListener<Object> manifoldInputs = (obs, old, now) -> requestManifold();
        viewport.addListener(manifoldInputs);
        gridSize.addListener(manifoldInputs);
        manifoldWanted.addListener(manifoldInputs);
    }

    /** Opens a model off the FX thread; on failure the current one stays and {@code onOpenFailed} is told. */
    public void open(Path directory) {
        opening.set(true);
        message.set(Texts.window().format(CommonText.OPENING, directory.getFileName().toString()));
        boolean firstModel = !exploration.isOpen();
        decoder.open(() -> {
            LatentSpace space = LatentSpace.open(directory);
            if (firstModel) {
                var device = Devices.preferred();
                engineSummary = EngineText.of(Devices.describe(device));
                System.err.println("latent: " + Devices.summary(device));
            }
            return space;
        }, this::opened, e -> {
            opening.set(false);
            String problem = Problems.describe(e);
            message.set(Texts.window().format(CommonText.OPEN_FAILED, directory.getFileName().toString(), problem));
            onOpenFailed.accept(directory, problem);
        });
    }

    private void opened(LatentSpace space) {
        if (engineSummary != null) {
            engine.set(engineSummary);
        }
        strip.set(List.of());
        manifold.set(null);
        scatterAxes = null;
        exploration.open(space);
        updateScatter(exploration.plane());
        viewport.set(scatter.get().fittingView());
        requestDigit();
        requestManifold();
        opening.set(false);
        message.set(Texts.window().format(DigitsText.OPENED, space.directory().toString()));
    }

    private void updateScatter(LatentPlane plane) {
        if (plane == null || exploration.space() == null) {
            return;
        }
        float[][] axes = {plane.axisU(), plane.axisV()};
        if (scatterAxes != null && Arrays.deepEquals(axes, scatterAxes)) {
            return;
        }
        scatterAxes = axes;
        scatter.set(exploration.space().latentMap().map(map -> Scatter.project(map, plane)).orElse(Scatter.EMPTY));
    }

    private void requestDigit() {
        LatentSpace space = exploration.space();
        if (space == null) {
            return;
        }
        float[] z = exploration.point();
        decoder.post(Lane.POINT, space, s -> new Decoded(z, new GrayImage(s.imageCols(), s.imageRows(), s.decode(z))), digit::set);
    }

    private void requestManifold() {
        LatentSpace space = exploration.space();
        if (space == null || !manifoldWanted.get()) {
            return;
        }
        Viewport view = viewport.get();
        int size = gridSize.get();
        float[][] zs = ManifoldGrid.points(exploration.plane(), view, size);
        decoder.post(Lane.GRID, space,
                s -> new ManifoldGrid(view, size, GrayImage.tile(s.decodeAll(zs), size, s.imageCols(), s.imageRows())),
                manifold::set);
    }

    /** Decodes {@link #framesProperty() frames} points from pin A to pin B; says what is missing otherwise. */
    public void interpolate() {
        float[] a = exploration.pinAProperty().get();
        float[] b = exploration.pinBProperty().get();
        LatentSpace space = exploration.space();
        if (space == null || a == null || b == null) {
            message.set(Texts.window().text(DigitsText.PIN_FIRST));
            return;
        }
        float[][] path = LatentSpace.interpolate(a, b, Math.max(2, frames.get()));
        decoder.post(Lane.STRIP, space, s -> {
            float[][] images = s.decodeAll(path);
            List<Decoded> decoded = new ArrayList<>(path.length);
            for (int i = 0; i < path.length; i++) {
                decoded.add(new Decoded(path[i], new GrayImage(s.imageCols(), s.imageRows(), images[i])));
            }
            return List.copyOf(decoded);
        }, frames -> {
            strip.set(frames);
            message.set(Texts.window().format(DigitsText.INTERPOLATED, frames.size()));
        });
    }

    /** Decodes the current point again (Enter on the pad) and says where. */
    public void decodeAgain() {
        if (exploration.isOpen()) {
            requestDigit();
            message.set(Texts.window().format(DigitsText.DECODING_AT, LatentText.brief(exploration.point())));
        }
    }

    public void pinA() {
        if (exploration.isOpen()) {
            exploration.pinAProperty().set(exploration.point());
            message.set(Texts.window().format(CommonText.PINNED_A, LatentText.brief(exploration.point())));
        }
    }

    public void pinB() {
        if (exploration.isOpen()) {
            exploration.pinBProperty().set(exploration.point());
            message.set(Texts.window().format(CommonText.PINNED_B, LatentText.brief(exploration.point())));
        }
    }

    public void sample() {
        if (exploration.isOpen()) {
            exploration.sample();
        }
    }

    public void resetView() {
        viewport.set(scatter.get().fittingView());
    }

    /** Chooses the pad's plane and frames the scatter on it. */
    public void choosePlane(PlaneChoice choice) {
        if (exploration.isOpen() && !choice.equals(exploration.planeChoiceProperty().get())) {
            exploration.choosePlane(choice);
            resetView();
        }
    }

    public void setOnOpenFailed(BiConsumer<Path, String> handler) {
        onOpenFailed = handler;
    }

    public Exploration exploration() {
        return exploration;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ReadOnlyObjectProperty<Scatter> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Decoded> digitProperty() {
        return digit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ManifoldGrid> manifoldProperty() {
        return manifold.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Decoded>> stripProperty() {
        return strip.getReadOnlyProperty();
    }

    public IntegerProperty gridSizeProperty() {
        return gridSize;
    }

    public IntegerProperty framesProperty() {
        return frames;
    }

    public BooleanProperty manifoldWantedProperty() {
        return manifoldWanted;
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

    @Override
    public void close() {
        decoder.close();
    }
}
