package org.latentexplorer.ui.widgets;

import java.util.List;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.ui.i18n.Texts;

/** Class names as the window shows them: Fashion-MNIST's in the window's language; digits and folder names as they are. */
public final class ClassNames {
    private ClassNames() {
    }

    /** {@code names} for the screen: translated when they are Fashion-MNIST's classes, else unchanged. */
    public static List<String> shown(List<String> names) {
        if (!names.equals(ImageDataset.FASHION_MNIST.classNames())) {
            return names;
        }
        Texts texts = Texts.window();
        return CommonText.FASHION_CLASSES.stream().map(texts::text).toList();
    }
}
