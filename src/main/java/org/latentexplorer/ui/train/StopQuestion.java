package org.latentexplorer.ui.train;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Stop and save / Discard / Keep training: asked on Stop and when the window is closed while a model learns. */
final class StopQuestion {
    enum Answer { SAVE, DISCARD, KEEP_TRAINING }

    static final ButtonType SAVE = new ButtonType("Stop and save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType KEEP = new ButtonType("Keep training", ButtonBar.ButtonData.CANCEL_CLOSE);

    private StopQuestion() {
    }

    /** Shows the question over {@code owner} without blocking; {@code then} gets the answer (Escape keeps training). */
    static Alert ask(Window owner, String question, Consumer<Answer> then) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Stop and save keeps the model as it is now. Discard throws it away.",
                SAVE, DISCARD, KEEP);
        if (owner != null) {
            alert.initOwner(owner);
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.setTitle("Stop training");
        alert.setHeaderText(question);
        alert.getDialogPane().setId("train-stop-question");
        alert.getDialogPane().lookupButton(SAVE).setId("train-stop-save");
        alert.getDialogPane().lookupButton(DISCARD).setId("train-stop-discard");
        alert.getDialogPane().lookupButton(KEEP).setId("train-keep-training");
        alert.setOnHidden(e -> {
            ButtonType chosen = alert.getResult();
            then.accept(chosen == SAVE ? Answer.SAVE : chosen == DISCARD ? Answer.DISCARD : Answer.KEEP_TRAINING);
        });
        alert.show();
        return alert;
    }
}
