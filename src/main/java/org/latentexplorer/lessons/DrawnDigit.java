package org.latentexplorer.lessons;

import java.util.Optional;
import org.latentexplorer.lab.DigitPreprocessing;
import org.latentexplorer.latent.DigitReader;
import org.latentexplorer.latent.LatentSpace;

/**
 * The draw-a-digit lesson: what the 2-D VAE makes of a drawing or of a point of its map. {@code input} is the
 * drawing as MNIST's digits were centred and scaled (null for a point), {@code z} its code, {@code reconstruction}
 * its decoding, and {@code digit} the classifier's reading of the input with its probability (-1 when there is
 * no input or no classifier).
 */
public record DrawnDigit(float[] input, float[] z, float[] reconstruction, int digit, float confidence) {
    /** The 2-D VAE the lesson draws into. */
    public static final String MODEL = "mnist-vae-2d";

    /** A {@code rows x cols} drawing through the VAE and the classifier ({@code reader} may be null); empty when it holds no ink. */
    public static Optional<DrawnDigit> read(LatentSpace vae, DigitReader reader, float[] ink, int rows, int cols) {
        Optional<float[]> input = DigitPreprocessing.mnistStyle(ink, rows, cols);
        if (input.isEmpty()) {
            return Optional.empty();
        }
        float[] z = vae.encode(input.get());
        int digit = -1;
        float confidence = 0;
        if (reader != null) {
            float[] probabilities = reader.probabilities(input.get(), 1);
            for (int k = 0; k < probabilities.length; k++) {
                if (digit < 0 || probabilities[k] > confidence) {
                    digit = k;
                    confidence = probabilities[k];
                }
            }
        }
        return Optional.of(new DrawnDigit(input.get(), z, vae.decode(z), digit, confidence));
    }

    /** A point of the map, decoded. */
    public static DrawnDigit at(LatentSpace vae, float[] z) {
        return new DrawnDigit(null, z, vae.decode(z), -1, 0);
    }
}
