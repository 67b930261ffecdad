package org.latentexplorer.ui;

import org.latentexplorer.ui.i18n.TextKey;

/** The window frame's words: keys {@code window.*} (the mode switch, the title, the dialog when a model cannot open). */
public enum WindowText implements TextKey {
    MODE_DIGITS, MODE_MELODIES, MODE_LAB, MODE_TRAIN,
    MODE_DIGITS_TIP, MODE_MELODIES_TIP, MODE_LAB_TIP, MODE_TRAIN_TIP,
    OPEN_FAILED_TITLE, OPEN_FAILED_HEADER, PREVIOUS_STAYS_OPEN;

    @Override
    public String prefix() {
        return "window";
    }
}
