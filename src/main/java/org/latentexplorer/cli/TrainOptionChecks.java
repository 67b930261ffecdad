package org.latentexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.latentexplorer.data.Melody;

/** The train options that have no meaning outside a range, refused before the data is read or a step is trained. */
final class TrainOptionChecks {
    private TrainOptionChecks() {
    }

    static void check(Path output, Path checkpoints, int hop, int testEvery, int trainLimit, int testLimit, int mapLimit,
                      int warmupEpochs, int transpose) throws IOException {
        if (output.toString().isEmpty()) {
            throw new IllegalArgumentException("-o is empty: name the model directory to write, e.g. -o models/my-vae");
        }
        if (checkpoints != null && Files.exists(checkpoints) && !Files.isDirectory(checkpoints)) {
            throw new IllegalArgumentException("--checkpoints " + checkpoints + ": is a file, not a folder");
        }
        if (hop < 1 || Melody.STEPS_PER_BAR % hop != 0) {
            throw new IllegalArgumentException("--hop must divide the " + Melody.STEPS_PER_BAR + " sixteenths of a bar, got " + hop
                    + " (accepted: 1, 2, 4, 8 or 16)");
        }
        if (testEvery < 1) {
            throw new IllegalArgumentException("--test-every must be 1 or more (about one song in N is held out), got " + testEvery);
        }
        notNegative("--train-limit", trainLimit);
        notNegative("--test-limit", testLimit);
        notNegative("--map-limit", mapLimit);
        if (warmupEpochs < 0) {
            throw new IllegalArgumentException("--warmup-epochs must not be negative, got " + warmupEpochs);
        }
        if (transpose < 0) {
            throw new IllegalArgumentException("--transpose must not be negative (0 = no transposition), got " + transpose);
        }
    }

    private static void notNegative(String option, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(option + " must not be negative (0 = all), got " + value);
        }
    }
}
