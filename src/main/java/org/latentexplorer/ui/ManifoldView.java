package org.latentexplorer.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** A grid of digits decoded over the pad's visible region: how the model fills its latent plane. */
public final class ManifoldView extends BorderPane {
    private final ImageView view = new ImageView();
    private final Spinner<Integer> size = new Spinner<>(5, 30, ExplorerSession.DEFAULT_GRID);

    public ManifoldView(ExplorerSession session) {
        getStyleClass().add("manifold-view");
        size.setId("grid-size");
        size.setPrefWidth(80);
        session.gridSizeProperty().bind(size.valueProperty());
        Label caption = new Label();
        caption.getStyleClass().add("manifold-caption");
        caption.textProperty().bind(Bindings.createStringBinding(() -> describe(session.manifoldProperty().get()),
                session.manifoldProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Digits per side"), size, spacer, caption);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("manifold-bar");
        setTop(bar);

        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setId("manifold-image");
        StackPane holder = new StackPane(view);
        holder.getStyleClass().add("manifold-holder");
        holder.setMinSize(100, 100);
        view.fitWidthProperty().bind(Bindings.min(holder.widthProperty(), holder.heightProperty()).subtract(16));
        view.fitHeightProperty().bind(view.fitWidthProperty());
        setCenter(holder);
        session.manifoldProperty().addListener((obs, old, grid) -> show(grid));
    }

    private static String describe(ManifoldGrid grid) {
        if (grid == null) {
            return "decoding…";
        }
        Viewport v = grid.view();
        return String.format(Locale.ROOT, "%d×%d digits over u %.2f … %.2f, v %.2f … %.2f",
                grid.size(), grid.size(), v.minU(), v.maxU(), v.minV(), v.maxV());
    }

    private void show(ManifoldGrid grid) {
        if (grid == null) {
            view.setImage(null);
            return;
        }
        view.setImage(grid.image().toFxImage());
    }
}
