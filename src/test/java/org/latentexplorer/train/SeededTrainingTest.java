package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.VaeConfig;

/**
 * A seeded image VAE run is repeatable in one process: every batch's loss and every parameter byte are the same,
 * even when a run with another seed has drawn from the engine's generator in between.
 */
class SeededTrainingTest {
    @TempDir
    Path dir;

    /** The running loss after every batch, and the saved parameter file. */
    private record Run(List<Double> batchLosses, byte[] parameters) {
    }

    private Run train(long seed, String name, LabeledImages train, LabeledImages test) throws IOException {
        List<Double> losses = new ArrayList<>();
        ProgressListener recorder = new ProgressListener() {
            @Override
            public void batch(int epoch, int epochs, int batch, int batches, double runningLoss, double elapsedSeconds) {
                losses.add(runningLoss);
            }
        };
        Path output = dir.resolve(name);
        TrainingPlan plan = new TrainingPlan(name, VaeConfig.mlp(2, 64), ImageDataset.MNIST, ImageDataset.MNIST.defaultDirectory(),
                2, 64, 0.002f, Schedule.CONSTANT, 1f, seed, 0, 0, output, dir.resolve(name + "-checkpoints"), false, "test");
        new ImageVaeTrainer(plan, recorder).run(train, test);
        return new Run(losses, Files.readAllBytes(output.resolve("vae-0000.params")));
    }

    @Test
    void theSameSeedGivesTheSameLossesAndParametersAfterARunWithAnotherSeed() throws IOException {
        Path mnist = ImageDataset.MNIST.defaultDirectory();
        LabeledImages train = ImageDataset.load(mnist, ImageDataset.Split.TRAIN).head(640);
        LabeledImages test = ImageDataset.load(mnist, ImageDataset.Split.TEST).head(100);

        Run first = train(11, "first", train, test);
        Run other = train(12, "other", train, test);
        Run again = train(11, "again", train, test);

        assertEquals(20, first.batchLosses().size(), "two epochs of ten batches");
        assertEquals(first.batchLosses(), again.batchLosses(), "every batch's loss");
        assertArrayEquals(first.parameters(), again.parameters(), "the parameter file byte for byte");
        assertFalse(Arrays.equals(first.parameters(), other.parameters()), "another seed trains another network");
    }
}
