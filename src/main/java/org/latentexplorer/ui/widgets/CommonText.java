package org.latentexplorer.ui.widgets;

import java.util.List;
import org.latentexplorer.ui.i18n.TextKey;

/** Words several views share: keys {@code common.*} (dialog buttons, saving, problems, model boxes, class names). */
public enum CommonText implements TextKey {
    OK, CANCEL,
    EXPORT_PNG, PNG_IMAGE, SAVED, SAVE_FAILED, NO_SUCH_FILE,
    MODEL_UNUSABLE, MORE_VALUES, ENGINE_STARTING, ENGINE_ON, UNKNOWN_DEVICE,
    DECODING, OPENING, OPEN_FAILED, DECODING_FAILED, PINNED_A, PINNED_B,
    CLASS_T_SHIRT, CLASS_TROUSER, CLASS_PULLOVER, CLASS_DRESS, CLASS_COAT,
    CLASS_SANDAL, CLASS_SHIRT, CLASS_SNEAKER, CLASS_BAG, CLASS_ANKLE_BOOT;

    /** The Fashion-MNIST classes' names, in class order. */
    static final List<CommonText> FASHION_CLASSES = List.of(CLASS_T_SHIRT, CLASS_TROUSER, CLASS_PULLOVER, CLASS_DRESS, CLASS_COAT,
            CLASS_SANDAL, CLASS_SHIRT, CLASS_SNEAKER, CLASS_BAG, CLASS_ANKLE_BOOT);

    @Override
    public String prefix() {
        return "common";
    }
}
