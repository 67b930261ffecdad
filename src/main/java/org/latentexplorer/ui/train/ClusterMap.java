package org.latentexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.latentexplorer.ui.widgets.PlotFrame;
import org.latentexplorer.ui.widgets.Scatter;
import org.latentexplorer.ui.widgets.Viewport;

/**
 * The test pictures on the model's latent map, one dot each coloured by class, drawn as the Digits pad draws them and
 * framed afresh after every epoch; scroll to zoom, right-drag to pan.
 */
final class ClusterMap extends Region {
    private static final double DOT = 2.2;
    private static final double DOT_ALPHA = 0.6;

    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(Viewport.DEFAULT);
    private final PlotFrame frame = new PlotFrame(this, viewport);
    /** The epochs whose maps were drawn, in order, since the last {@link #clear()}. */
    private final List<Integer> epochsDrawn = new ArrayList<>();
    private Scatter scatter = Scatter.EMPTY;
    private String[] axisNames = {"z1", "z2"};

    ClusterMap() {
        setId("train-map");
        getStyleClass().add("latent-pad");
        getChildren().addAll(frame.scatterLayer(), frame.overlay());
        setMinSize(160, 160);
        setPrefSize(360, 360);
        viewport.addListener(obs -> redraw());
        frame.overlay().setOnMousePressed(e -> frame.startPan(e));
        frame.overlay().setOnMouseDragged(e -> frame.continuePan(e));
        frame.overlay().setOnMouseReleased(e -> frame.finishPan(e));
    }

    /** Shows an epoch's map, framed to its points. */
    void show(EpochPicture picture) {
        scatter = picture.scatter();
        axisNames = picture.axisNames();
        epochsDrawn.add(picture.epoch());
        viewport.set(scatter.size() == 0 ? Viewport.DEFAULT : scatter.fittingView());
        redraw();
    }

    void clear() {
        scatter = Scatter.EMPTY;
        epochsDrawn.clear();
        viewport.set(Viewport.DEFAULT);
        redraw();
    }

    Scatter scatter() {
        return scatter;
    }

    /** The epochs whose maps were drawn, in order, since the map was cleared. */
    List<Integer> epochsDrawn() {
        return List.copyOf(epochsDrawn);
    }

    @Override
    protected void layoutChildren() {
        frame.fitLayersToPad();
        redraw();
    }

    private void redraw() {
        frame.drawScatterLayer(axisNames, this::drawDots);
    }

    private void drawDots(GraphicsContext g) {
        frame.drawDots(g, scatter, DOT, DOT_ALPHA);
    }
}
