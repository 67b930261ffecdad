package org.latentexplorer.ui.train;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.latentexplorer.ui.i18n.Texts;

/** Stop and save / Discard / Keep training: asked on Stop and when the window is closed while a model learns. */
final class StopQuestion {
    enum Answer { SAVE, DISCARD, KEEP_TRAINING }

    private StopQuestion() {
    }

    /** Shows the question over {@code owner} without blocking; {@code then} gets the answer (Escape keeps training). */
    static Alert ask(Window owner, String question, Consumer<Answer> then) {
        Texts texts = Texts.window();
        ButtonType save = new ButtonType(texts.text(TrainText.STOP_AND_SAVE), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.text(TrainText.DISCARD), ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType(texts.text(TrainText.KEEP_TRAINING), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.text(TrainText.STOP_EXPLAINED), save, discard, keep);
        if (owner != null) {
            alert.initOwner(owner);
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.setTitle(texts.text(TrainText.STOP_TITLE));
        alert.setHeaderText(question);
        alert.getDialogPane().setId("train-stop-question");
        alert.getDialogPane().lookupButton(save).setId("train-stop-save");
        alert.getDialogPane().lookupButton(discard).setId("train-stop-discard");
        alert.getDialogPane().lookupButton(keep).setId("train-keep-training");
        alert.setOnHidden(e -> {
            ButtonType chosen = alert.getResult();
            then.accept(chosen == save ? Answer.SAVE : chosen == discard ? Answer.DISCARD : Answer.KEEP_TRAINING);
        });
        alert.show();
        return alert;
    }
}
