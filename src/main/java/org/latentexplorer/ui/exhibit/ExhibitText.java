package org.latentexplorer.ui.exhibit;

import java.util.List;
import org.latentexplorer.ui.i18n.TextKey;

/** The exhibit's words: keys {@code exhibit.*} of the window's bundles. */
public enum ExhibitText implements TextKey {
    START_SUBTITLE, START_TOUCH, TOUCH_TO_PLAY, LOADING, OPEN_FAILED,
    VIEW_DIGITS, VIEW_MELODIES, SURPRISE, WHOLE_MAP,
    DIGITS_DRAWS, DIGITS_NUMBERS, DIGITS_HINT,
    MELODIES_PLAYS, PLAY, STOP, NO_SOUND, MELODIES_HINT,
    CAPTION_DIGITS_DOTS, CAPTION_DIGITS_COLOURS, CAPTION_DIGITS_LEARNED, CAPTION_DIGITS_PICTURE, CAPTION_DIGITS_BETWEEN,
    CAPTION_MELODIES_DOTS, CAPTION_MELODIES_CLOSE, CAPTION_MELODIES_NEW, CAPTION_MELODIES_LEARNED, CAPTION_MELODIES_STEPS;

    /** The captions the attract loop shows in turn over the Digits view ({@code {0}}: the training images). */
    static final List<ExhibitText> DIGITS_CAPTIONS = List.of(CAPTION_DIGITS_DOTS, CAPTION_DIGITS_COLOURS, CAPTION_DIGITS_LEARNED,
            CAPTION_DIGITS_PICTURE, CAPTION_DIGITS_BETWEEN);
    /** Those over the Melodies view ({@code {0}}: the training melodies). */
    static final List<ExhibitText> MELODIES_CAPTIONS = List.of(CAPTION_MELODIES_DOTS, CAPTION_MELODIES_CLOSE, CAPTION_MELODIES_NEW,
            CAPTION_MELODIES_LEARNED, CAPTION_MELODIES_STEPS);

    @Override
    public String prefix() {
        return "exhibit";
    }
}
