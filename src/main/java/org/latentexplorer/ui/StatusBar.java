package org.latentexplorer.ui;

import java.util.Locale;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WritableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.model.ModelCard;

/** Model name, latent size, test −ELBO, engine and device, the current point, and the latest message. */
public final class StatusBar extends HBox {
    /** How long a message stays before it fades out, leaving the model's summary. */
    static final Duration MESSAGE_STAYS = Duration.seconds(5);
    static final Duration MESSAGE_FADES = Duration.millis(700);

    public StatusBar(ExplorerSession session) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Exploration exploration = session.exploration();
        Label model = item("status-model");
        model.textProperty().bind(Bindings.createStringBinding(() -> modelText(exploration.space()), exploration.spaceProperty()));
        Label elbo = item("status-elbo");
        elbo.textProperty().bind(Bindings.createStringBinding(() -> elboText(exploration.space()), exploration.spaceProperty()));
        Label engine = item("status-engine");
        engine.textProperty().bind(session.engineProperty());
        Label point = item("status-z");
        point.textProperty().bind(Bindings.createStringBinding(() -> {
            float[] z = exploration.pointProperty().get();
            return z == null ? "" : "z = " + LatentText.brief(z);
        }, exploration.pointProperty()));
        Label message = message("status-message", session.messageProperty());
        getChildren().addAll(model, separator(), elbo, separator(), engine, separator(), point, message);
    }

    /** A label of the status bar with {@code id}, never squeezed below its text. */
    static Label item(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-item");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * The latest message: takes the room left, right-aligned, and gives way first when short of room.
     * It fades out after {@link #MESSAGE_STAYS}; a writable {@code text} is then cleared, so the same
     * message said again shows again.
     */
    static Label message(String id, ObservableValue<String> text) {
        Label message = item(id);
        message.getStyleClass().add("status-message");
        message.textProperty().bind(text);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setAlignment(Pos.CENTER_RIGHT);
        FadeTransition fade = new FadeTransition(MESSAGE_FADES, message);
        fade.setFromValue(1);
        fade.setToValue(0);
        SequentialTransition stayThenFade = new SequentialTransition(new PauseTransition(MESSAGE_STAYS), fade);
        stayThenFade.setOnFinished(e -> {
            if (text instanceof WritableValue<?> writable) {
                @SuppressWarnings("unchecked")
                WritableValue<String> source = (WritableValue<String>) writable;
                source.setValue("");
            }
            message.setOpacity(1);
        });
        message.textProperty().addListener((obs, old, now) -> {
            stayThenFade.stop();
            message.setOpacity(1);
            if (now != null && !now.isEmpty()) {
                stayThenFade.playFromStart();
            }
        });
        return message;
    }

    static Region separator() {
        Region line = new Region();
        line.getStyleClass().add("status-separator");
        return line;
    }

    private static String modelText(LatentSpace space) {
        return space == null ? "no model" : space.directory().getFileName() + "  ·  latent " + space.latentSize();
    }

    private static String elboText(LatentSpace space) {
        ModelCard.Metrics metrics = space == null ? null : space.card().metrics();
        return metrics == null ? "test −ELBO n/a"
                : String.format(Locale.ROOT, "test −ELBO %.1f nats", metrics.testNegativeElbo());
    }
}
