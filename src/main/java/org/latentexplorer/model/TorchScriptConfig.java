package org.latentexplorer.model;

import com.google.gson.annotations.SerializedName;

/**
 * How an imported TorchScript VAE is called, as its import found out: the file in the model directory, the names
 * of its encoder and decoder methods, the layout of the images it takes, whether its encoder also returns a
 * log-variance, and whether its decoder returns probabilities or logits.
 */
public record TorchScriptConfig(String file, String encoderMethod, String decoderMethod, InputLayout input,
                                boolean encoderVariance, DecoderOutput decoderOutput, int imageRows, int imageCols,
                                int latentSize) {
    /** The name of the module's copy in a model directory. */
    public static final String FILE = "model.pt";

    /** The shape of the images the encoder takes (and the decoder returns). */
    public enum InputLayout {
        /** N x (rows * cols), as the lesson's MLP VAE flattens them. */
        @SerializedName("flat") FLAT,
        /** N x 1 x rows x cols, as a convolutional VAE takes them. */
        @SerializedName("image") IMAGE
    }

    /** What the decoder's numbers are. */
    public enum DecoderOutput {
        /** Pixel intensities in [0, 1] (the decoder ends in a sigmoid). */
        @SerializedName("probabilities") PROBABILITIES,
        /** Any real numbers; a sigmoid makes them intensities. */
        @SerializedName("logits") LOGITS
    }

    public TorchScriptConfig {
        if (file == null || file.isBlank() || file.contains("/") || file.contains("\\")) {
            throw new IllegalArgumentException("file must name a file in the model directory, got " + file);
        }
        if (encoderMethod == null || encoderMethod.isBlank() || decoderMethod == null || decoderMethod.isBlank()) {
            throw new IllegalArgumentException("the encoder and decoder methods must be named");
        }
        if (input == null || decoderOutput == null) {
            throw new IllegalArgumentException("input must be \"flat\" or \"image\" and decoderOutput \"probabilities\" or \"logits\"");
        }
        if (imageRows < 1 || imageCols < 1) {
            throw new IllegalArgumentException("image size must be positive, got " + imageRows + "x" + imageCols);
        }
        if (latentSize < 1) {
            throw new IllegalArgumentException("latent size must be at least 1, got " + latentSize);
        }
    }

    public int imageSize() {
        return imageRows * imageCols;
    }

    public String describe() {
        String shape = input == InputLayout.FLAT ? imageRows * imageCols + "" : "1x" + imageRows + "x" + imageCols;
        return "TorchScript " + encoderMethod + "/" + decoderMethod + ": images of " + shape + " in, latent " + latentSize
                + (encoderVariance ? " (mean and log-variance)" : " (mean only)") + ", "
                + (decoderOutput == DecoderOutput.LOGITS ? "logits" : "probabilities") + " out";
    }
}
