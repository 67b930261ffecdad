package org.latentexplorer.ui.exhibit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.i18n.Texts;

/**
 * The exhibit as an app: full screen, no way out but the quit chord (Ctrl+Shift+Q). Esc does not leave
 * full screen, and a close from the window manager (Alt+F4) is refused.
 */
public final class ExhibitApp extends Application {
    /** The only way to quit: Ctrl+Shift+Q (Cmd+Shift+Q on a Mac). */
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private ExhibitOptions options;
    private LongSupplier clock = System::nanoTime;
    private MelodyPlayer.SynthesizerSource audio = MelodyPlayer.SynthesizerSource.DEFAULT;
    private Runnable onQuit = Platform::exit;
    private ExhibitShell shell;
    private Stage stage;
    private boolean quitting;

    /** Used by {@link Application#launch}: the options come as {@link ExhibitOptions#asParameters()}. */
    public ExhibitApp() {
    }

    /** For tests: idle times on {@code clock} (nanoseconds), sound from {@code audio}, and {@code onQuit} run by the chord instead of leaving. */
    public ExhibitApp(ExhibitOptions options, LongSupplier clock, MelodyPlayer.SynthesizerSource audio, Runnable onQuit) {
        this.options = options;
        this.clock = clock;
        this.audio = audio;
        this.onQuit = onQuit;
    }

    /** Opens the exhibit full screen and returns when it has quit. */
    public static void launch(ExhibitOptions options) {
        Application.launch(ExhibitApp.class, options.asParameters().toArray(String[]::new));
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        if (options == null) {
            options = ExhibitOptions.fromParameters(getParameters().getNamed());
        }
        Texts texts = Texts.of(options.language());
        Texts.useForWindow(options.language());
        List<ExhibitPage> pages = new ArrayList<>();
        for (ExhibitView view : options.views()) {
            pages.add(view == ExhibitView.DIGITS ? new DigitsExhibit(options.imageModel(), texts)
                    : new MelodiesExhibit(options.melodyModel(), texts, audio));
        }
        shell = new ExhibitShell(options, texts, pages, clock);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        Scene scene = new Scene(shell, screen.getWidth(), screen.getHeight());
        scene.getStylesheets().addAll(
                Objects.requireNonNull(ExplorerApp.class.getResource("explorer.css")).toExternalForm(),
                Objects.requireNonNull(ExhibitApp.class.getResource("exhibit.css")).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (QUIT.match(e)) {
                e.consume();
                quit();
            }
        });
        shell.watchVisitors(scene);
        stage.setOnCloseRequest(e -> {
            if (!quitting) {
                e.consume(); // Alt+F4 and the like: an exhibit stays
            }
        });
        stage.titleProperty().unbind(); // a stage the explorer had (tests share one) keeps its title bound
        stage.setTitle(StartScreen.TITLE);
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc stays in full screen
        stage.setFullScreenExitHint("");
        stage.show();
        stage.setFullScreen(true); // after show: Monocle (tests, kiosks without X) goes full screen only on a shown window
    }

    private void quit() {
        quitting = true;
        stage.close();
        onQuit.run();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }

    // ---- for tests

    ExhibitShell shell() {
        return shell;
    }

    Stage stage() {
        return stage;
    }
}
