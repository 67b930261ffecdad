package org.latentexplorer.ui.widgets;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.latentexplorer.ui.i18n.Texts;

/**
 * OK and Cancel in the window's language: JavaFX's own {@link ButtonType#OK} and {@link ButtonType#CANCEL} speak
 * the system's language, which need not be the one chosen with {@code --lang}.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static ButtonType ok() {
        return new ButtonType(Texts.window().text(CommonText.OK), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Texts.window().text(CommonText.CANCEL), ButtonData.CANCEL_CLOSE);
    }
}
