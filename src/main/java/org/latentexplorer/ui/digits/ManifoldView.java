package org.latentexplorer.ui.digits;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.CommonText;
import org.latentexplorer.ui.widgets.Viewport;

/**
 * A grid of digits decoded over the pad's visible region: how the model fills its latent plane. The
 * grid size can be typed (committed on Enter or when the box loses focus, clamped to 5..30).
 */
public final class ManifoldView extends BorderPane {
    public static final int MIN_GRID = 5;
    public static final int MAX_GRID = 30;

    private final ImageView view = new ImageView();
    private final Spinner<Integer> size = new Spinner<>(MIN_GRID, MAX_GRID, ExplorerSession.DEFAULT_GRID);

    public ManifoldView(ExplorerSession session) {
        getStyleClass().add("manifold-view");
        size.setId("grid-size");
        size.setPrefWidth(90);
        size.setEditable(true);
        size.getValueFactory().setConverter(new GridSizeText());
        size.getEditor().addEventHandler(ActionEvent.ACTION, e -> commitTypedSize());
        size.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitTypedSize();
            }
        });
        session.gridSizeProperty().bind(size.valueProperty());
        Label caption = new Label();
        caption.getStyleClass().add("manifold-caption");
        caption.textProperty().bind(Bindings.createStringBinding(() -> describe(session.manifoldProperty().get()),
                session.manifoldProperty()));
        Label perSide = new Label();
        perSide.textProperty().bind(Bindings.createStringBinding(
                () -> DigitView.says(session.exploration().space(), DigitsText.DIGITS_PER_SIDE, DigitsText.IMAGES_PER_SIDE),
                session.exploration().spaceProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, perSide, size, spacer, caption);
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

    /** Takes what was typed into the size box (bad text keeps the size) and shows the size taken. */
    private void commitTypedSize() {
        size.commitValue();
        size.getEditor().setText(size.getValueFactory().getConverter().toString(size.getValue()));
    }

    /** The size box's text: a whole number, clamped to the range; anything else keeps the current size. */
    private final class GridSizeText extends StringConverter<Integer> {
        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            try {
                return Math.max(MIN_GRID, Math.min(MAX_GRID, Integer.parseInt(text.strip())));
            } catch (NumberFormatException e) {
                return size.getValue();
            }
        }
    }

    private static String describe(ManifoldGrid grid) {
        Texts texts = Texts.window();
        if (grid == null) {
            return texts.text(CommonText.DECODING);
        }
        Viewport v = grid.view();
        return texts.format(DigitsText.GRID_CAPTION, grid.size(), grid.size(), texts.plainNumber(v.minU(), 2),
                texts.plainNumber(v.maxU(), 2), texts.plainNumber(v.minV(), 2), texts.plainNumber(v.maxV(), 2));
    }

    private void show(ManifoldGrid grid) {
        if (grid == null) {
            view.setImage(null);
            return;
        }
        view.setImage(grid.image().toFxImage());
    }
}
