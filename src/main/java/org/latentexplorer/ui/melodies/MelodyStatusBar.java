package org.latentexplorer.ui.melodies;

import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.ui.widgets.StatusLine;

/** The Melodies view's status line: model, reconstruction accuracy, engine, audio, and the latest message, which clears after a few seconds. */
final class MelodyStatusBar extends HBox {
    private static final double MESSAGE_SECONDS = 8;
    private final MelodySession session;

    MelodyStatusBar(MelodySession session) {
        super(10);
        this.session = session;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label model = StatusLine.item("melody-status-model");
        model.textProperty().bind(Bindings.createStringBinding(() -> modelText(session.space()), session.spaceProperty()));
        Label accuracy = StatusLine.item("melody-status-accuracy");
        accuracy.textProperty().bind(Bindings.createStringBinding(() -> accuracyText(session.space()), session.spaceProperty()));
        Label engine = StatusLine.item("melody-status-engine");
        engine.textProperty().bind(session.engineProperty());
        Label audio = StatusLine.item("melody-status-audio");
        audio.textProperty().bind(session.playback().audioStateProperty());
        Label message = StatusLine.message("melody-status-message", session.messageProperty());
        getChildren().addAll(model, StatusLine.separator(), accuracy, StatusLine.separator(), engine, StatusLine.separator(), audio, message);
        clearMessagesAfter(MESSAGE_SECONDS);
    }

    /** A message goes after a few seconds, unless another replaced it. */
    private void clearMessagesAfter(double seconds) {
        PauseTransition timer = new PauseTransition(Duration.seconds(seconds));
        session.messageProperty().addListener((obs, old, text) -> {
            timer.stop();
            if (!text.isEmpty()) {
                timer.setOnFinished(e -> {
                    if (text.equals(session.messageProperty().get())) {
                        session.messageProperty().set("");
                    }
                });
                timer.playFromStart();
            }
        });
    }

    private static String modelText(MelodySpace space) {
        return space == null ? MelodiesText.NO_MODEL.text() : MelodiesText.MODEL_STATUS.format(space.directory().getFileName(), space.latentSize());
    }

    private static String accuracyText(MelodySpace space) {
        ModelCard.Metrics metrics = space == null ? null : space.card().metrics();
        Map<String, Double> extra = metrics == null ? null : metrics.extra();
        Double accuracy = extra == null ? null : extra.get("reconstructionAccuracy");
        return accuracy == null ? MelodiesText.RECONSTRUCTION_NONE.text() : MelodiesText.RECONSTRUCTION.format(MelodyNumbers.fixed(100 * accuracy, 1));
    }
}
