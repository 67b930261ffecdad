package org.latentexplorer.ui.digits;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.LatentText;
import org.latentexplorer.ui.widgets.StatusLine;

/** Model name, latent size, test −ELBO, engine and device, the current point, and the latest message. */
public final class StatusBar extends HBox {
    public StatusBar(ExplorerSession session) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Exploration exploration = session.exploration();
        Label model = StatusLine.item("status-model");
        model.textProperty().bind(Bindings.createStringBinding(() -> modelText(exploration.space()), exploration.spaceProperty()));
        Label elbo = StatusLine.item("status-elbo");
        elbo.textProperty().bind(Bindings.createStringBinding(() -> elboText(exploration.space()), exploration.spaceProperty()));
        Label engine = StatusLine.item("status-engine");
        engine.textProperty().bind(session.engineProperty());
        Label point = StatusLine.item("status-z");
        point.textProperty().bind(Bindings.createStringBinding(() -> {
            float[] z = exploration.pointProperty().get();
            return z == null ? "" : "z = " + LatentText.brief(z);
        }, exploration.pointProperty()));
        Label message = StatusLine.message("status-message", session.messageProperty());
        getChildren().addAll(model, StatusLine.separator(), elbo, StatusLine.separator(), engine, StatusLine.separator(), point, message);
    }

    private static String modelText(LatentSpace space) {
        Texts texts = Texts.window();
        return space == null ? texts.text(DigitsText.NO_MODEL)
                : texts.format(DigitsText.STATUS_MODEL, space.directory().getFileName().toString(), space.latentSize());
    }

    private static String elboText(LatentSpace space) {
        ModelCard.Metrics metrics = space == null ? null : space.card().metrics();
        Texts texts = Texts.window();
        if (metrics != null && metrics.testNegativeElbo() == null && metrics.testReconstruction() != null) {
            return texts.format(DigitsText.STATUS_RECONSTRUCTION, texts.number(metrics.testReconstruction(), 1)); // no variance head
        }
        return metrics == null || metrics.testNegativeElbo() == null ? texts.text(DigitsText.STATUS_ELBO_NONE)
                : texts.format(DigitsText.STATUS_ELBO, texts.number(metrics.testNegativeElbo(), 1));
    }
}
