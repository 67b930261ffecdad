package org.latentexplorer.ui.digits;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.CommonText;
import org.latentexplorer.ui.widgets.LatentText;

/**
 * The digit decoded at the current point, enlarged with square pixels (each model pixel becomes a
 * {@code SCALE x SCALE} block written straight into the image, so no smoothing can blur it); a short window
 * shows it smaller, still unsmoothed.
 */
public final class DigitView extends VBox {
    public static final int SCALE = 10;

    private final ImageView view = new ImageView();
    private final Label caption = new Label(Texts.window().text(CommonText.DECODING));
    private WritableImage image;
    private Decoded shown;

    public DigitView(ExplorerSession session) {
        getStyleClass().add("digit-view");
        view.setSmooth(false);
        view.setId("digit-image");
        view.setPreserveRatio(true);
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("digit-frame");
        // full size when there is room, down to half size in a short window
        frame.setMinSize(28 * SCALE / 2.0 + 12, 28 * SCALE / 2.0 + 12);
        frame.setPrefSize(28 * SCALE + 12, 28 * SCALE + 12);
        view.fitHeightProperty().bind(Bindings.min(frame.widthProperty(), frame.heightProperty()).subtract(12));
        view.fitWidthProperty().bind(view.fitHeightProperty());
        caption.getStyleClass().add("digit-caption");
        getChildren().addAll(frame, caption);
        session.digitProperty().addListener((obs, old, decoded) -> show(decoded));
    }

    private void show(Decoded decoded) {
        shown = decoded;
        if (decoded == null) {
            caption.setText("");
            return;
        }
        WritableImage drawn = decoded.image().toFxImage(SCALE, image);
        if (drawn != image) {
            image = drawn;
            view.setImage(image);
        }
        caption.setText("z = " + LatentText.brief(decoded.z()));
    }

    /** What the open model decodes, for file names: "digit" for an MNIST model, else "image" (null: "digit"). */
    public static String noun(LatentSpace space) {
        return decodesDigits(space) ? "digit" : "image";
    }

    /** Whether the open model decodes digits (an MNIST model, or none open) rather than other images. */
    static boolean decodesDigits(LatentSpace space) {
        ModelCard.Dataset dataset = space == null ? null : space.card().dataset();
        return dataset == null || "mnist".equalsIgnoreCase(dataset.name());
    }

    /** The window's words {@code forDigits} when the open model decodes digits, else {@code forImages}. */
    static String says(LatentSpace space, DigitsText forDigits, DigitsText forImages) {
        return Texts.window().text(decodesDigits(space) ? forDigits : forImages);
    }

    /** The decoded point and image on screen now, or null before the first one. */
    public Decoded shown() {
        return shown;
    }

    /** The enlarged image as drawn. */
    public WritableImage image() {
        return image;
    }
}
