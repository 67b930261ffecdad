package org.latentexplorer.model;

import com.google.gson.annotations.SerializedName;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a model directory holds. {@link #id()} is the {@code kind} string of {@code model.json}, unchanged from the
 * cards already saved; {@link #section()} names the card's section that holds the model's sizes.
 */
public enum ModelKind {
    @SerializedName("image") IMAGE_VAE("image", "architecture", "an image VAE"),
    @SerializedName("melody") MELODY("melody", "melody", "a melody model"),
    @SerializedName("autoencoder") AUTOENCODER("autoencoder", "autoencoder", "an autoencoder"),
    @SerializedName("classifier") CLASSIFIER("classifier", "classifier", "a classifier"),
    @SerializedName("pca") PCA("pca", "pca", "a PCA"),
    /** A VAE trained elsewhere (a PyTorch notebook), kept as its TorchScript file; it opens wherever an image VAE does. */
    @SerializedName("imported-torchscript") IMPORTED_TORCHSCRIPT("imported-torchscript", "torchscript", "an imported TorchScript VAE");

    private final String id;
    private final String section;
    private final String described;

    ModelKind(String id, String section, String described) {
        this.id = id;
        this.section = section;
        this.described = described;
    }

    /** The kind as {@code model.json} writes it. */
    public String id() {
        return id;
    }

    /** The card's section holding this kind's sizes: {@code architecture} for an image VAE, else the id. */
    public String section() {
        return section;
    }

    /** With its article, for messages: "an image VAE", "a melody model". */
    public String described() {
        return described;
    }

    /** Whether a model of this kind opens as an image VAE: ours, or one imported from TorchScript. */
    public boolean isImageVae() {
        return this == IMAGE_VAE || this == IMPORTED_TORCHSCRIPT;
    }

    /** The kind whose id is {@code id}, if any. */
    public static Optional<ModelKind> ofId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** The ids a card may hold, for messages: "'image', 'melody', ... or 'pca'". */
    static String ids() {
        String all = Arrays.stream(values()).map(k -> "'" + k.id + "'").collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or" + all.substring(last + 1);
    }

    @Override
    public String toString() {
        return id;
    }
}
