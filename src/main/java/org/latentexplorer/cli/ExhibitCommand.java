package org.latentexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.ui.DisplayCheck;
import org.latentexplorer.ui.exhibit.ExhibitApp;
import org.latentexplorer.ui.exhibit.ExhibitOptions;
import org.latentexplorer.ui.exhibit.ExhibitView;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "exhibit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open the explorer as a classroom or museum exhibit: full screen, for fingers and a mouse, large",
                "controls, nothing that opens a file. Left alone, it tours the map with captions; later it goes back",
                "to its start screen. Quit with Ctrl+Shift+Q (Esc and Alt+F4 do not quit)."})
final class ExhibitCommand implements Callable<Integer> {
    private static final int MAX_SECONDS = 86_400;

    @Mixin
    LanguageOption language;

    @Option(names = "--views", split = ",", paramLabel = "VIEW", converter = ViewConverter.class, defaultValue = "digits,melodies",
            description = "the views shown, the first one first: digits, melodies (comma-separated; default: ${DEFAULT-VALUE})")
    List<ExhibitView> views;

    @Option(names = "--idle-seconds", paramLabel = "S", defaultValue = "60",
            description = "seconds without a touch before the tour starts (default: ${DEFAULT-VALUE})")
    double idleSeconds;

    @Option(names = "--reset-seconds", paramLabel = "S",
            description = "seconds without a touch before the start screen comes back (default: 5 times --idle-seconds)")
    Double resetSeconds;

    @Option(names = {"-m", "--model"}, paramLabel = "DIR|NAME", defaultValue = ModelArgs.DEFAULT_MODEL,
            description = "image model for the Digits view: a directory or a name under the models folder (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--melody-model", paramLabel = "DIR|NAME", defaultValue = "melody-vae",
            description = "melody model for the Melodies view (default: ${DEFAULT-VALUE})")
    String melodyModel;

    @Override
    public Integer call() throws IOException {
        ExhibitOptions options = options();
        if (!DisplayCheck.available()) {
            System.err.println(DisplayCheck.NO_DISPLAY_MESSAGE);
            return ExploreCommand.NO_DISPLAY;
        }
        try {
            ExhibitApp.launch(options);
        } catch (RuntimeException e) {
            String display = System.getenv().getOrDefault("DISPLAY", System.getenv("WAYLAND_DISPLAY"));
            throw new IllegalStateException("cannot open the exhibit on display " + display + " (" + Main.describe(e) + ")", e);
        }
        return 0;
    }

    /** The options checked, the models found: every mistake is a one-line error before any window opens. */
    ExhibitOptions options() throws IOException {
        Duration idle = seconds("--idle-seconds", idleSeconds);
        Duration reset = resetSeconds == null ? ExhibitOptions.defaultReset(idle) : seconds("--reset-seconds", resetSeconds);
        Path images = views.contains(ExhibitView.DIGITS) ? model("--model", model, ModelKind.IMAGE_VAE) : Path.of(model);
        Path melodies = views.contains(ExhibitView.MELODIES) ? model("--melody-model", melodyModel, ModelKind.MELODY) : Path.of(melodyModel);
        return new ExhibitOptions(language.chosen(), views, idle, reset, images, melodies);
    }

    private static Duration seconds(String option, double seconds) {
        if (!(seconds >= 1 && seconds <= MAX_SECONDS)) {
            throw new IllegalArgumentException(option + " must be from 1 to " + MAX_SECONDS + " seconds, got " + seconds);
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** The model directory {@code name} names, which must hold a model of {@code kind} (an imported VAE counts as an image VAE). */
    private static Path model(String option, String name, ModelKind kind) throws IOException {
        Path directory = ModelArgs.resolve(name);
        ModelCatalog.Entry entry = ModelCatalog.entry(directory);
        if (!entry.usable()) {
            throw new IllegalArgumentException(option + " " + name + ": " + entry.problem());
        }
        ModelKind found = entry.card().kind();
        boolean fits = kind == ModelKind.MELODY ? found == ModelKind.MELODY : found.isImageVae();
        if (!fits) {
            throw new IllegalArgumentException(option + " " + name + " is " + found.described() + "; the exhibit needs "
                    + (kind == ModelKind.MELODY ? "a melody model there (e.g. melody-vae)" : "an image VAE there (e.g. mnist-vae-2d)"));
        }
        return directory;
    }

    static final class ViewConverter implements ITypeConverter<ExhibitView> {
        @Override
        public ExhibitView convert(String value) {
            try {
                return ExhibitView.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
