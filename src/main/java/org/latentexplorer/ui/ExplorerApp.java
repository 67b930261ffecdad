package org.latentexplorer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.ui.digits.DigitView;
import org.latentexplorer.ui.digits.DigitsView;
import org.latentexplorer.ui.digits.ExplorerSession;
import org.latentexplorer.ui.digits.LatentPad;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.lab.LabView;
import org.latentexplorer.ui.melodies.MelodySession;
import org.latentexplorer.ui.melodies.MelodyView;
import org.latentexplorer.ui.train.TrainView;
import org.latentexplorer.ui.widgets.DialogButtons;

/**
 * The explorer window in its modes: Digits (latent pad and manifold on the left, the decoded digit and
 * sliders on the right), Melodies ({@link MelodyView}), the Lab ({@link LabView}) and Train ({@link TrainView}).
 * Each mode opens its model the first time it is shown.
 */
public final class ExplorerApp extends Application {

    /** Which view the window shows. */
    public enum Mode { DIGITS, MELODIES, LAB, TRAIN }
    /** The window opens at this size, or at 90 % of the screen's usable area when that is smaller. */
    static final double PREFERRED_WIDTH = 1400;
    static final double PREFERRED_HEIGHT = 900;
    /** Every view works down to this, below a 1024x600 projector with a title bar and a panel. */
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 480;
    /** The program's name, the same in every language. */
    static final String NAME = "Latent Explorer";

    private Path initialModel;
    private Mode initialMode;
    private MelodyPlayer.SynthesizerSource audio = MelodyPlayer.SynthesizerSource.DEFAULT;
    private ExplorerSession session;
    private MelodySession melodySession;
    private MelodyView melodyView;
    private LabView labView;
    private TrainView trainView;
    private DigitsView digitsView;
    private BorderPane shell;
    private ModeSwitch modeSwitch;
    private Mode mode;
    private boolean digitsOpened;
    private Stage stage;

    /** Used by {@link Application#launch}: the model comes from {@code --model=DIR} or the default. */
    public ExplorerApp() {
    }

    public ExplorerApp(Path initialModel) {
        this.initialModel = initialModel;
    }

    /**
     * Opens on {@code initialModel} in {@code mode} (null: the model's kind decides), playing through
     * {@code audio} (tests pass one that fails, as on a machine without a sound card).
     */
    public ExplorerApp(Path initialModel, Mode mode, MelodyPlayer.SynthesizerSource audio) {
        this.initialModel = initialModel;
        this.initialMode = mode;
        this.audio = audio;
    }

    /** Opens the window in {@code mode} (null: the model's kind decides) on {@code model} (null: the mode's default). */
    public static void launch(Path model, Mode mode) {
        if (model == null) {
            model = mode == Mode.MELODIES ? ShippedModels.defaultMelodyModel() : ShippedModels.defaultModel();
        }
        Application.launch(ExplorerApp.class, "--model=" + model, "--mode=" + (mode == null ? "auto" : mode.name().toLowerCase(Locale.ROOT)));
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        if (initialModel == null) {
            String named = getParameters() == null ? null : getParameters().getNamed().get("model");
            initialModel = named == null ? ShippedModels.defaultModel() : Path.of(named);
        }
        if (initialMode == null) {
            String named = getParameters() == null ? null : getParameters().getNamed().get("mode");
            initialMode = "lab".equals(named) ? Mode.LAB : "train".equals(named) ? Mode.TRAIN
                    : "melodies".equals(named) || ShippedModels.isMelodyModel(initialModel) ? Mode.MELODIES : Mode.DIGITS;
        }
        session = new ExplorerSession(Platform::runLater);
        session.setOnOpenFailed(this::showOpenFailure);
        digitsView = new DigitsView(session, () -> stage, this::openFromDigits);
        modeSwitch = new ModeSwitch(this::modeChosen);
        shell = new BorderPane();
        shell.getStyleClass().add("explorer");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.max(MIN_WIDTH, Math.min(PREFERRED_WIDTH, Math.floor(0.9 * screen.getWidth())));
        double height = Math.max(MIN_HEIGHT, Math.min(PREFERRED_HEIGHT, Math.floor(0.9 * screen.getHeight())));
        Scene scene = new Scene(shell, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(ExplorerApp.class.getResource("explorer.css")).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::arrowsToThePuck);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (trainView != null && trainView.holdClose(stage::close)) {
                e.consume(); // asked whether to stop the model that is learning; the window closes after the answer
            }
        });
        stage.show();
        // Under a window manager (GTK, openbox) the size asked for before show() is lost: the window
        // comes up at 200x200 or at its minimum size. Asked again once it is mapped, it holds.
        Platform.runLater(() -> {
            stage.setMinWidth(MIN_WIDTH);
            stage.setMinHeight(MIN_HEIGHT);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.centerOnScreen();
        });
        if (initialMode == Mode.MELODIES) {
            showMode(Mode.MELODIES, ShippedModels.isMelodyModel(initialModel) ? initialModel : ShippedModels.defaultMelodyModel());
        } else if (initialMode == Mode.LAB || initialMode == Mode.TRAIN) {
            showMode(initialMode, null);
        } else {
            showMode(Mode.DIGITS, initialModel);
        }
    }

    private void modeChosen(Mode chosen) {
        if (chosen != mode) {
            showMode(chosen, null);
        }
    }

    /** Shows a mode, opening {@code model} there (or the mode's default model the first time it is shown). */
    public void showMode(Mode newMode, Path model) {
        mode = newMode;
        digitsView.toolbar().getChildren().remove(modeSwitch);
        if (melodyView != null) {
            melodyView.toolbar().getChildren().remove(modeSwitch);
        }
        if (labView != null) {
            labView.toolbar().getItems().remove(modeSwitch);
        }
        if (trainView != null) {
            trainView.toolbar().getItems().remove(modeSwitch);
        }
        if (newMode == Mode.TRAIN) {
            if (trainView == null) {
                trainView = new TrainView(Platform::runLater, () -> stage, ModelCatalog.defaultRoot(),
                        saved -> showMode(Mode.DIGITS, saved));
            }
            trainView.toolbar().getItems().add(0, modeSwitch);
            shell.setCenter(trainView);
            stage.titleProperty().unbind();
            stage.setTitle(title(Texts.window().text(WindowText.MODE_TRAIN)));
        } else if (newMode == Mode.LAB) {
            if (labView == null) {
                labView = new LabView(Platform::runLater);
            }
            labView.toolbar().getItems().add(0, modeSwitch);
            shell.setCenter(labView);
            labView.shown();
            stage.titleProperty().unbind();
            stage.setTitle(title(Texts.window().text(WindowText.MODE_LAB)));
        } else if (newMode == Mode.MELODIES) {
            if (melodySession == null) {
                melodySession = new MelodySession(Platform::runLater, audio);
                melodySession.setOnOpenFailed((dir, problem) -> showFailure(dir, problem, melodySession.space() != null));
                melodyView = new MelodyView(melodySession);
                if (model == null) {
                    model = ShippedModels.defaultMelodyModel();
                }
            }
            if (model != null) {
                melodySession.open(model);
            }
            melodyView.toolbar().getChildren().add(0, modeSwitch);
            shell.setCenter(melodyView);
            stage.titleProperty().bind(Bindings.createStringBinding(() -> {
                var space = melodySession.space();
                return title(space == null ? Texts.window().text(WindowText.MODE_MELODIES) : space.directory().getFileName().toString());
            }, melodySession.spaceProperty()));
        } else {
            if (!digitsOpened || model != null) {
                digitsOpened = true;
                session.open(model != null ? model : ShippedModels.defaultModel());
            }
            digitsView.toolbar().getChildren().add(0, modeSwitch);
            shell.setCenter(digitsView);
            digitsView.focusPadOnceShown();
            stage.titleProperty().bind(Bindings.createStringBinding(() -> {
                LatentSpace space = session.exploration().space();
                return space == null ? NAME : title(space.directory().getFileName().toString());
            }, session.exploration().spaceProperty()));
        }
        modeSwitch.select(newMode);
    }

    /** The window's title: the program's name and what it shows (a mode, or the open model's folder). */
    private static String title(String showing) {
        return NAME + " — " + showing;
    }

    /** Opens a model chosen in the Digits view: image models there, melody models in the Melodies view. */
    private void openFromDigits(Path directory) {
        if (ShippedModels.isMelodyModel(directory)) {
            showMode(Mode.MELODIES, directory);
        } else {
            session.open(directory);
        }
    }

    public Mode mode() {
        return mode;
    }

    /** Arrow keys nudge the puck in the Digits view, wherever the focus is. */
    private void arrowsToThePuck(KeyEvent e) {
        if (mode == Mode.DIGITS) {
            digitsView.arrowsToThePuck(e);
        }
    }

    private void shortcut(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return; // letters typed into a text field are text
        }
        if (mode != Mode.DIGITS) {
            if (mode == Mode.MELODIES && e.getCode() == KeyCode.SPACE && melodySession.space() != null
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                melodySession.playback().togglePlay();
                e.consume();
            }
            return;
        }
        digitsView.shortcut(e);
    }

    private void showOpenFailure(Path directory, String problem) {
        digitsView.picker().follow(session.exploration().space());
        showFailure(directory, problem, session.exploration().isOpen());
    }

    private void showFailure(Path directory, String problem, boolean previousStaysOpen) {
        Texts texts = Texts.window();
        Alert alert = new Alert(Alert.AlertType.ERROR, "", DialogButtons.ok());
        alert.initOwner(stage);
        alert.setTitle(texts.text(WindowText.OPEN_FAILED_TITLE));
        alert.setHeaderText(texts.format(WindowText.OPEN_FAILED_HEADER, directory));
        // the problem is the core's one line, in English like the command line's
        alert.setContentText(problem + (previousStaysOpen ? "\n\n" + texts.text(WindowText.PREVIOUS_STAYS_OPEN) : ""));
        alert.getDialogPane().setId("open-failure");
        alert.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
        alert.show();
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
        if (melodySession != null) {
            melodySession.close();
        }
        if (labView != null) {
            labView.close();
        }
        if (trainView != null) {
            trainView.close();
        }
    }

    // ---- for tests and tools: the parts of the window that show state

    public ExplorerSession session() {
        return session;
    }

    /** The Melodies view (null until it is first shown). */
    public MelodyView melodyView() {
        return melodyView;
    }

    /** The Train view (null until it is first shown). */
    public TrainView trainView() {
        return trainView;
    }

    /** The Lab view (null until it is first shown). */
    public LabView labView() {
        return labView;
    }

    /** The Digits view (built when the window opens). */
    public DigitsView digitsView() {
        return digitsView;
    }

    public LatentPad pad() {
        return digitsView.pad();
    }

    public DigitView digitView() {
        return digitsView.digitView();
    }

    public List<Slider> sliders() {
        return digitsView.sliders();
    }
}
