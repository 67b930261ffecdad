package org.latentexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.latentexplorer.ui.DisplayCheck;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.i18n.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Open the explorer window: drag through a model's latent space and watch the decoded digit,"
                + " or hear the decoded melody in the Melodies view.")
final class ExploreCommand implements Callable<Integer> {
    static final int NO_DISPLAY = 2;

    @Option(names = {"-m", "--model"}, paramLabel = "DIR|NAME",
            description = "Model directory, or the name of one under the models folder, to open (default: the 2-D MNIST"
                    + " model). A melody model opens in the Melodies view.")
    String model;

    @Option(names = "--melodies",
            description = "Open straight into the Melodies view (default model: models/melody-vae).")
    boolean melodies;

    @Option(names = "--lab",
            description = "Open straight into the Lab: AE vs VAE vs PCA, denoising, super-resolution, draw a digit, out of distribution.")
    boolean lab;

    @Option(names = "--train",
            description = "Open straight into Train: train a model on MNIST, Fashion-MNIST or your own pictures and watch it learn.")
    boolean train;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Override
    public Integer call() throws IOException {
        Path directory = model == null ? null : ModelArgs.resolve(model);
        if (!DisplayCheck.available()) {
            System.err.println(DisplayCheck.NO_DISPLAY_MESSAGE);
            return NO_DISPLAY;
        }
        Texts.useForWindow(language.chosen());
        try {
            ExplorerApp.launch(directory, train ? ExplorerApp.Mode.TRAIN : lab ? ExplorerApp.Mode.LAB
                    : melodies ? ExplorerApp.Mode.MELODIES : null);
        } catch (RuntimeException e) {
            String display = System.getenv().getOrDefault("DISPLAY", System.getenv("WAYLAND_DISPLAY"));
            throw new IllegalStateException("cannot open the window on display " + display + " (" + Main.describe(e)
                    + "); the headless commands work without one (see ./latent --help)", e);
        }
        return 0;
    }
}
