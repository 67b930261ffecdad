package org.latentexplorer.ui.digits;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.LatentText;

/** The frames decoded between pin A and pin B; clicking a frame moves the point there. */
public final class InterpolationStrip extends HBox {
    private static final int FRAME_SCALE = 2;

    private final ExplorerSession session;
    private final HBox frames = new HBox(4);
    private final Label hint = new Label(Texts.window().text(DigitsText.STRIP_HINT));

    public InterpolationStrip(ExplorerSession session) {
        this.session = session;
        getStyleClass().add("interpolation-strip");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("A → B");
        title.getStyleClass().add("section-title");
        frames.setAlignment(Pos.CENTER_LEFT);
        hint.getStyleClass().add("hint");
        getChildren().addAll(title, hint, frames);
        session.stripProperty().addListener((obs, old, strip) -> show(strip));
    }

    private void show(List<Decoded> strip) {
        frames.getChildren().clear();
        hint.setVisible(strip.isEmpty());
        hint.setManaged(strip.isEmpty());
        for (int i = 0; i < strip.size(); i++) {
            Decoded frame = strip.get(i);
            ImageView view = new ImageView(frame.image().toFxImage(FRAME_SCALE));
            view.setSmooth(false);
            StackPane cell = new StackPane(view);
            cell.getStyleClass().add("strip-frame");
            cell.setId("strip-frame-" + i);
            cell.setCursor(Cursor.HAND);
            Tooltip.install(cell, new Tooltip(Texts.window().format(DigitsText.MOVE_HERE, LatentText.brief(frame.z()))));
            cell.setOnMouseClicked(e -> session.exploration().moveTo(frame.z()));
            frames.getChildren().add(cell);
        }
    }
}
