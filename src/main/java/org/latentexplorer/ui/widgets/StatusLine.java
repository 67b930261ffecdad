package org.latentexplorer.ui.widgets;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WritableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The parts every view's status line is made of: fixed items, separators and a message that fades. */
public final class StatusLine {
    /** How long a message stays before it fades out, leaving the model's summary. */
    static final Duration MESSAGE_STAYS = Duration.seconds(5);
    static final Duration MESSAGE_FADES = Duration.millis(700);

    private StatusLine() {
    }

    /** A label of the status bar with {@code id}, never squeezed below its text. */
    public static Label item(String id) {
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
    public static Label message(String id, ObservableValue<String> text) {
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

    public static Region separator() {
        Region line = new Region();
        line.getStyleClass().add("status-separator");
        return line;
    }
}
