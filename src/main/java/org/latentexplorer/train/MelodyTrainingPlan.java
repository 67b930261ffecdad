package org.latentexplorer.train;

import java.nio.file.Path;
import java.util.Objects;
import org.latentexplorer.data.MelodySource;
import org.latentexplorer.model.MelodyVaeConfig;

/**
 * Everything one melody training run needs. MusicVAE's knobs: {@code maxBeta} is reached linearly over
 * {@code warmupEpochs}; the KL below {@code freeBits} nats costs nothing; each training melody is
 * transposed by a random shift within ±{@code transpose} semitones every epoch. Scheduled sampling: the
 * decoder sees its own previous prediction instead of the true event with a chance that rises linearly to
 * {@code sampling} over the first half of the epochs (0 = pure teacher forcing).
 *
 * @param source      the corpus: the folk tunes, or MIDI files and folders
 * @param testEvery   about one song in N is held out for testing
 * @param trainHop    training windows start every N sixteenths (16: every bar, like the test windows)
 * @param sampling    the highest chance of feeding the decoder its own prediction
 * @param trainLimit  use only the first N training melodies (0 = all)
 * @param mapLimit    at most this many corpus melodies in the latent map
 */
public record MelodyTrainingPlan(
        String name,
        MelodyVaeConfig config,
        MelodySource source,
        int testEvery,
        int trainHop,
        int epochs,
        int batchSize,
        float learningRate,
        Schedule schedule,
        float maxBeta,
        float freeBits,
        int warmupEpochs,
        int transpose,
        float sampling,
        long seed,
        int trainLimit,
        int mapLimit,
        Path output,
        Path checkpoints,
        boolean resume,
        String command) {

    public MelodyTrainingPlan {
        Objects.requireNonNull(source, "source");
        RunSettings.check(epochs, batchSize, learningRate);
        RunChecks.beta(maxBeta);
        if (!(freeBits >= 0) || Float.isInfinite(freeBits)) {
            throw new IllegalArgumentException("--free-bits must be a finite number of 0 or more, got " + freeBits);
        }
        if (maxBeta < 0 || freeBits < 0 || warmupEpochs < 0 || transpose < 0) {
            throw new IllegalArgumentException("beta, free bits, warm-up and transposition must not be negative");
        }
        if (!(sampling >= 0 && sampling <= 1)) {
            throw new IllegalArgumentException("scheduled sampling must be a chance between 0 and 1, got " + sampling);
        }
    }

    /** The loop's settings of this plan. */
    public RunSettings run() {
        return new RunSettings(epochs, batchSize, learningRate, schedule, seed, output, checkpoints, resume, command);
    }
}
