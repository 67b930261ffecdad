package org.latentexplorer.ui.exhibit;

import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.latentexplorer.ui.i18n.Texts;

/** The friendly first screen: the name, one sentence on what is inside, and a gently pulsing "touch the screen to start". */
final class StartScreen extends VBox {
    static final String TITLE = "Latent Explorer";

    private final FadeTransition pulse;

    StartScreen(Texts texts) {
        super(36);
        setId("exhibit-start");
        getStyleClass().add("exhibit-start");
        setAlignment(Pos.CENTER);
        Label title = new Label(TITLE);
        title.getStyleClass().add("exhibit-start-title");
        Label subtitle = new Label(texts.text(ExhibitText.START_SUBTITLE));
        subtitle.getStyleClass().add("exhibit-start-subtitle");
        subtitle.setWrapText(true);
        Label touch = new Label(texts.text(ExhibitText.START_TOUCH));
        touch.setId("exhibit-start-touch");
        touch.getStyleClass().add("exhibit-start-touch");
        touch.setWrapText(true);
        getChildren().addAll(title, subtitle, touch);
        pulse = new FadeTransition(Duration.seconds(1.4), touch);
        pulse.setFromValue(1);
        pulse.setToValue(0.35);
        pulse.setAutoReverse(true);
        pulse.setCycleCount(Animation.INDEFINITE);
        visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                pulse.play();
            } else {
                pulse.stop(); // no pulses for a hidden screen
            }
        });
    }

    /** Shows the screen (and its pulse) or hides it. */
    void show(boolean on) {
        setVisible(on);
        if (on && pulse.getStatus() != Animation.Status.RUNNING) {
            pulse.play();
        }
    }
}
