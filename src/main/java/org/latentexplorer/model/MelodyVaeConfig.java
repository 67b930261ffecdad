package org.latentexplorer.model;

import org.latentexplorer.data.Melody;

/**
 * Sizes of the melody VAE (MusicVAE's shape, smaller): a bidirectional LSTM encoder with
 * {@code encoderState} units each way, a latent of {@code latentSize}, and an LSTM decoder of
 * {@code decoderState} units over {@code steps} steps of {@link Melody#CLASSES} classes.
 */
public record MelodyVaeConfig(int encoderState, int decoderState, int latentSize, int steps) {
    public MelodyVaeConfig {
        if (encoderState < 1 || decoderState < 1 || latentSize < 1 || steps < 1) {
            throw new IllegalArgumentException("melody VAE sizes must be positive: encoder " + encoderState + ", decoder "
                    + decoderState + ", latent " + latentSize + ", steps " + steps);
        }
    }

    public int classes() {
        return Melody.CLASSES;
    }

    public String describe() {
        return "bi-LSTM " + encoderState + " -> latent " + latentSize + " -> LSTM " + decoderState + ", " + steps + " steps";
    }
}
