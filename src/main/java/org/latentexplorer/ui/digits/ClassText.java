package org.latentexplorer.ui.digits;

import java.util.List;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.ui.i18n.TextKey;
import org.latentexplorer.ui.i18n.Texts;

/** Fashion-MNIST's class names as the legend shows them: keys {@code classes.*}; model cards keep the English names. */
public enum ClassText implements TextKey {
    T_SHIRT, TROUSER, PULLOVER, DRESS, COAT, SANDAL, SHIRT, SNEAKER, BAG, ANKLE_BOOT;

    /** In the order of {@link ImageDataset#FASHION_MNIST}'s class names. */
    private static final List<ClassText> FASHION_MNIST = List.of(T_SHIRT, TROUSER, PULLOVER, DRESS, COAT, SANDAL, SHIRT, SNEAKER, BAG,
            ANKLE_BOOT);

    /** The class names of {@code space} in the window's language: Fashion-MNIST's translated, others (digits, folder names) as they are. */
    public static List<String> shown(LatentSpace space) {
        ModelCard.Dataset dataset = space.card().dataset();
        List<String> names = space.classNames();
        List<String> english = ImageDataset.FASHION_MNIST.classNames();
        if (dataset == null || !ImageDataset.FASHION_MNIST.id().equalsIgnoreCase(dataset.name()) || !names.equals(english)) {
            return names;
        }
        return FASHION_MNIST.stream().map(Texts.window()::text).toList();
    }

    @Override
    public String prefix() {
        return "classes";
    }
}
