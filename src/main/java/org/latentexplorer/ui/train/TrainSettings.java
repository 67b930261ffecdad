package org.latentexplorer.ui.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageFolder;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.VaeConfig;
import org.latentexplorer.train.Schedule;
import org.latentexplorer.train.TrainingPlan;

/**
 * What the Train view's form chose: the pictures (a named data set, or a folder of your own already read), the
 * network's shape, the epochs and the model's name. The rest is the {@code train} command's defaults.
 *
 * @param dataset the data set, or null when {@code folder} holds your own pictures
 */
record TrainSettings(ImageDataset dataset, ImageFolder.Loaded folder, Architecture architecture, int latentSize, int epochs,
                     String name) {
    /** The {@code train} command's hidden sizes: two layers for an MLP; channels, channels and dense for a conv VAE. */
    static final List<Integer> MLP_HIDDEN = List.of(512, 256);
    static final List<Integer> CONV_HIDDEN = List.of(16, 32, 128);
    static final int BATCH = 128;
    static final float LEARNING_RATE = 0.001f;
    static final long SEED = 42;

    VaeConfig config() {
        return new VaeConfig(architecture, 28, 28, architecture == Architecture.CONV ? CONV_HIDDEN : MLP_HIDDEN, latentSize);
    }

    /** The data set's id or the folder's name. */
    String sourceName() {
        return dataset != null ? dataset.id() : folder.name();
    }

    /** The plan that trains this into {@code modelsFolder/name}: no checkpoints, the batch no larger than the pictures. */
    TrainingPlan plan(Path modelsFolder) {
        Path output = modelsFolder.resolve(name);
        int batch = folder == null ? BATCH : Math.min(BATCH, folder.train().count());
        String command = String.format(Locale.ROOT, "Train view: %s, %s, latent %d, %d epochs", sourceName(), config().describe(),
                latentSize, epochs);
        return new TrainingPlan(name, config(), dataset, dataset == null ? null : dataset.defaultDirectory(), epochs, batch,
                LEARNING_RATE, Schedule.CONSTANT, 1f, SEED, 0, 0, output, null, false, command, folder);
    }
}
