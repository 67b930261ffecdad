package org.latentexplorer.cli;

import java.util.Locale;
import java.util.Random;
import org.latentexplorer.data.Melody;
import org.latentexplorer.music.GeneralMidi;
import picocli.CommandLine.Option;

/** How the melody commands decode and write: temperature, seed, tempo and instrument. */
final class MelodyPlayOptions {
    static final int MIN_BPM = 20;
    static final int MAX_BPM = 300;
    static final double MAX_TEMPERATURE = 5;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0",
            description = "0 decodes the most likely melody (as the window does by default); above 0 draws each step,"
                    + " wilder as T grows (0 to " + (int) MAX_TEMPERATURE + ", default: ${DEFAULT-VALUE})")
    double temperature;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed: the same seed writes the same files (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--tempo", paramLabel = "BPM",
            description = "tempo of the files written, " + MIN_BPM + " to " + MAX_BPM + " (default: the input's, else 120)")
    Integer tempo;

    @Option(names = "--instrument", paramLabel = "PROGRAM|NAME", defaultValue = "0",
            description = "General MIDI program 0..127 or a name such as flute or nylon (default: ${DEFAULT-VALUE}, the grand piano;"
                    + " ./latent melody instruments lists them)")
    String instrument;

    /** Checks every option before any work, and returns the instrument's program. */
    int check() {
        if (!(temperature >= 0 && temperature <= MAX_TEMPERATURE)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--temperature must be 0 to %.0f, got %s", MAX_TEMPERATURE, temperature));
        }
        if (tempo != null) {
            Ranges.check("--tempo", tempo, MIN_BPM, MAX_BPM);
        }
        try {
            return GeneralMidi.program(instrument);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--instrument: " + e.getMessage());
        }
    }

    /** The generator of latent points and noise. */
    Random points() {
        return new Random(seed);
    }

    /** The generator of decoding draws; none at temperature 0. */
    Random draws() {
        return temperature == 0 ? null : new Random(seed * 31 + 7);
    }

    /** {@code melody} at the tempo asked for, else at {@code inputBpm}. */
    Melody timed(Melody melody, double inputBpm) {
        return melody.withBpm(tempo != null ? tempo : inputBpm);
    }
}
