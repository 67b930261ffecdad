package org.latentexplorer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.ui.digits.Decoded;
import org.latentexplorer.ui.digits.DigitView;
import org.latentexplorer.ui.digits.DigitsToolbar;
import org.latentexplorer.ui.digits.ExplorerSession;
import org.latentexplorer.ui.digits.InterpolationStrip;
import org.latentexplorer.ui.digits.LatentPad;
import org.latentexplorer.ui.digits.ManifoldGrid;
import org.latentexplorer.ui.digits.ManifoldView;
import org.latentexplorer.ui.digits.ModelPicker;
import org.latentexplorer.ui.digits.ModelSummary;
import org.latentexplorer.ui.digits.PlaneChooser;
import org.latentexplorer.ui.digits.SliderPanel;
import org.latentexplorer.ui.digits.StatusBar;
import org.latentexplorer.ui.lab.LabView;
import org.latentexplorer.ui.melodies.MelodySession;
import org.latentexplorer.ui.melodies.MelodyView;
import org.latentexplorer.ui.widgets.ClassLegend;
import org.latentexplorer.ui.widgets.LatentText;
import org.latentexplorer.ui.widgets.PngExport;

/**
 * The explorer window in two modes: Digits (latent pad and manifold on the left, the decoded digit and
 * sliders on the right) and Melodies ({@link MelodyView}). Each mode opens its model the first time it
 * is shown.
 */
public final class ExplorerApp extends Application {
    public static final String DEFAULT_MODEL = "mnist-vae-2d";
    public static final String DEFAULT_MELODY_MODEL = "melody-vae";

    /** Which view the window shows. */
    public enum Mode { DIGITS, MELODIES, LAB }
    private static final int DIGIT_EXPORT_SCALE = 10;
    private static final int GRID_EXPORT_SCALE = 2;
    /** The window opens at this size, or at 90 % of the screen's usable area when that is smaller. */
    static final double PREFERRED_WIDTH = 1400;
    static final double PREFERRED_HEIGHT = 900;
    /** Every view works down to this, below a 1024x600 projector with a title bar and a panel. */
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 480;

    private Path initialModel;
    private Mode initialMode;
    private MelodyPlayer.SynthesizerSource audio = MelodyPlayer.SynthesizerSource.DEFAULT;
    private ExplorerSession session;
    private MelodySession melodySession;
    private MelodyView melodyView;
    private LabView labView;
    private BorderPane digitsRoot;
    private DigitsToolbar digitsToolbar;
    private BorderPane shell;
    private final ToggleGroup modes = new ToggleGroup();
    private HBox modeSwitch;
    private Mode mode;
    private boolean digitsOpened;
    private LatentPad pad;
    private DigitView digitView;
    private SliderPanel sliders;
    private ModelPicker picker;
    private Stage stage;
    private PngExport export;

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
            model = mode == Mode.MELODIES ? defaultMelodyModel() : defaultModel();
        }
        Application.launch(ExplorerApp.class, "--model=" + model, "--mode=" + (mode == null ? "auto" : mode.name().toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code directory} holds a melody model (false when it is not a readable model). */
    public static boolean isMelodyModel(Path directory) {
        ModelCatalog.Entry entry = ModelCatalog.entry(directory);
        return entry.usable() && entry.card().isMelody();
    }

    /** The shipped melody model, or else the first usable melody model under the models folder. */
    public static Path defaultMelodyModel() {
        Path root = ModelCatalog.defaultRoot();
        Path preferred = root.resolve(DEFAULT_MELODY_MODEL);
        if (preferred.toFile().isDirectory()) {
            return preferred;
        }
        return ModelCatalog.list(root, ModelCard::isMelody).stream().filter(ModelCatalog.Entry::usable)
                .map(ModelCatalog.Entry::directory).findFirst().orElse(preferred);
    }

    /** The shipped 2-D MNIST model, or else the first usable model under the models folder. */
    public static Path defaultModel() {
        Path root = ModelCatalog.defaultRoot();
        Path preferred = root.resolve(DEFAULT_MODEL);
        if (preferred.toFile().isDirectory()) {
            return preferred;
        }
        return ModelCatalog.list(root, ModelCard::isImageVae).stream().filter(ModelCatalog.Entry::usable)
                .map(ModelCatalog.Entry::directory).findFirst().orElse(preferred);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        if (initialModel == null) {
            String named = getParameters() == null ? null : getParameters().getNamed().get("model");
            initialModel = named == null ? defaultModel() : Path.of(named);
        }
        if (initialMode == null) {
            String named = getParameters() == null ? null : getParameters().getNamed().get("mode");
            initialMode = "lab".equals(named) ? Mode.LAB
                    : "melodies".equals(named) || isMelodyModel(initialModel) ? Mode.MELODIES : Mode.DIGITS;
        }
        session = new ExplorerSession(Platform::runLater);
        session.setOnOpenFailed(this::showOpenFailure);
        export = new PngExport(() -> stage, session.messageProperty()::set);

        digitsRoot = new BorderPane();
        digitsRoot.getStyleClass().add("explorer");
        digitsToolbar = new DigitsToolbar(session, this::openFromDigits, this::copyPoint, this::exportDigit, this::exportGrid);
        picker = digitsToolbar.picker();
        digitsRoot.setTop(digitsToolbar);
        digitsRoot.setCenter(workspace());
        digitsRoot.setBottom(new VBox(new InterpolationStrip(session), new StatusBar(session)));
        modeSwitch = modeSwitch();
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
            showMode(Mode.MELODIES, isMelodyModel(initialModel) ? initialModel : defaultMelodyModel());
        } else if (initialMode == Mode.LAB) {
            showMode(Mode.LAB, null);
        } else {
            showMode(Mode.DIGITS, initialModel);
        }
    }

    private HBox modeSwitch() {
        ToggleButton digits = new ToggleButton("Digits");
        digits.setId("mode-digits");
        ToggleButton melodies = new ToggleButton("Melodies");
        melodies.setId("mode-melodies");
        ToggleButton lab = new ToggleButton("Lab");
        lab.setId("mode-lab");
        digits.setToggleGroup(modes);
        melodies.setToggleGroup(modes);
        lab.setToggleGroup(modes);
        digits.getStyleClass().add("mode-left");
        melodies.getStyleClass().add("mode-middle");
        lab.getStyleClass().add("mode-right");
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                modes.selectToggle(old); // one mode is always on
            } else if (now == digits && mode != Mode.DIGITS) {
                showMode(Mode.DIGITS, null);
            } else if (now == melodies && mode != Mode.MELODIES) {
                showMode(Mode.MELODIES, null);
            } else if (now == lab && mode != Mode.LAB) {
                showMode(Mode.LAB, null);
            }
        });
        HBox box = new HBox(0, digits, melodies, lab);
        box.getStyleClass().add("mode-switch");
        return box;
    }

    /** Shows a mode, opening {@code model} there (or the mode's default model the first time it is shown). */
    public void showMode(Mode newMode, Path model) {
        mode = newMode;
        digitsToolbar.getChildren().remove(modeSwitch);
        if (melodyView != null) {
            melodyView.toolbar().getItems().remove(modeSwitch);
        }
        if (labView != null) {
            labView.toolbar().getItems().remove(modeSwitch);
        }
        if (newMode == Mode.LAB) {
            if (labView == null) {
                labView = new LabView(Platform::runLater);
            }
            labView.toolbar().getItems().add(0, modeSwitch);
            shell.setCenter(labView);
            labView.shown();
            stage.titleProperty().unbind();
            stage.setTitle("Latent Explorer — Lab");
        } else if (newMode == Mode.MELODIES) {
            if (melodySession == null) {
                melodySession = new MelodySession(Platform::runLater, audio);
                melodySession.setOnOpenFailed((dir, problem) -> showFailure(dir, problem, melodySession.space() != null));
                melodyView = new MelodyView(melodySession);
                if (model == null) {
                    model = defaultMelodyModel();
                }
            }
            if (model != null) {
                melodySession.open(model);
            }
            melodyView.toolbar().getItems().add(0, modeSwitch);
            shell.setCenter(melodyView);
            stage.titleProperty().bind(Bindings.createStringBinding(() -> {
                var space = melodySession.space();
                return space == null ? "Latent Explorer — Melodies" : "Latent Explorer — " + space.directory().getFileName();
            }, melodySession.spaceProperty()));
        } else {
            if (!digitsOpened || model != null) {
                digitsOpened = true;
                session.open(model != null ? model : defaultModel());
            }
            digitsToolbar.getChildren().add(0, modeSwitch);
            shell.setCenter(digitsRoot);
            focusPadOnceShown();
            stage.titleProperty().bind(Bindings.createStringBinding(() -> {
                LatentSpace space = session.exploration().space();
                return space == null ? "Latent Explorer" : "Latent Explorer — " + space.directory().getFileName();
            }, session.exploration().spaceProperty()));
        }
        modes.selectToggle(modes.getToggles().get(newMode.ordinal()));
    }

    /** Gives the pad the focus, so the README's keys work from the start (its tab builds it on the next pulse). */
    private void focusPadOnceShown() {
        if (pad.getScene() != null) {
            pad.requestFocus();
            return;
        }
        pad.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> property, Scene old, Scene now) {
                if (now != null) {
                    property.removeListener(this);
                    Platform.runLater(pad::requestFocus);
                }
            }
        });
    }

    /** Opens a model chosen in the Digits view: image models there, melody models in the Melodies view. */
    private void openFromDigits(Path directory) {
        if (isMelodyModel(directory)) {
            showMode(Mode.MELODIES, directory);
        } else {
            session.open(directory);
        }
    }

    public Mode mode() {
        return mode;
    }

    private Node workspace() {
        pad = new LatentPad(session);
        VBox.setVgrow(pad, Priority.ALWAYS);
        VBox padPage = new VBox(6, pad, new ClassLegend(session.exploration().spaceProperty()));
        padPage.getStyleClass().add("pad-page");
        Tab padTab = new Tab("Latent pad", padPage);
        padTab.setId("pad-tab");
        Tab manifoldTab = new Tab("Manifold", new ManifoldView(session));
        manifoldTab.setId("manifold-tab");
        Tab modelTab = new Tab("Model", new ModelSummary(session));
        modelTab.setId("model-tab");
        TabPane tabs = new TabPane(padTab, manifoldTab, modelTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        session.manifoldWantedProperty().bind(manifoldTab.selectedProperty());

        digitView = new DigitView(session);
        sliders = new SliderPanel(session);
        VBox.setVgrow(sliders, Priority.ALWAYS);
        Label decodedTitle = title("Decoded digit");
        decodedTitle.setId("decoded-title");
        decodedTitle.textProperty().bind(Bindings.createStringBinding(
                () -> "Decoded " + DigitView.noun(session.exploration().space()), session.exploration().spaceProperty()));
        VBox side = new VBox(10, decodedTitle, digitView, new PlaneChooser(session), title("Latent point"), sliders);
        side.getStyleClass().add("side-panel");
        // a short window scrolls the side panel; a tall one gives the sliders the room left
        ScrollPane sideScroller = new ScrollPane(side);
        sideScroller.getStyleClass().add("side-scroller");
        sideScroller.setFitToWidth(true);
        sideScroller.setFitToHeight(true);
        sideScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroller.setMinWidth(330);
        sideScroller.setPrefWidth(360);
        sideScroller.setMaxWidth(420);

        BorderPane workspace = new BorderPane(tabs);
        workspace.setRight(sideScroller);
        return workspace;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    /**
     * Arrow keys nudge the puck in the Digits view (shift: a bigger step), wherever the focus is,
     * except in the controls that use arrows themselves (sliders, boxes, text fields, radio buttons).
     */
    private void arrowsToThePuck(KeyEvent e) {
        if (mode != Mode.DIGITS || !e.getCode().isArrowKey()) {
            return;
        }
        Node focused = stage.getScene().getFocusOwner();
        if (focused == pad || usesArrows(focused)) {
            return;
        }
        if (pad.handleKey(e)) {
            e.consume();
        }
    }

    private static boolean usesArrows(Node focused) {
        return focused instanceof Slider || focused instanceof Spinner || focused instanceof ComboBoxBase
                || focused instanceof ChoiceBox || focused instanceof TextInputControl || focused instanceof ListView
                || focused instanceof RadioButton;
    }

    private void shortcut(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return; // letters typed into a text field are text
        }
        if (mode != Mode.DIGITS) {
            if (mode == Mode.MELODIES && e.getCode() == KeyCode.SPACE && melodySession.space() != null
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                melodySession.togglePlay();
                e.consume();
            }
            return;
        }
        if (!session.exploration().isOpen()) {
            return;
        }
        if (e.isShortcutDown()) {
            if (e.getCode() == KeyCode.C) {
                copyPoint();
                e.consume();
            }
            return;
        }
        switch (e.getCode()) {
            case S -> session.sample();
            case A -> session.pinA();
            case B -> session.pinB();
            case I -> session.interpolate();
            case R -> session.resetView();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void copyPoint() {
        float[] z = session.exploration().pointProperty().get();
        if (z == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(LatentText.forClipboard(z));
        Clipboard.getSystemClipboard().setContent(content);
        session.messageProperty().set("Copied z to the clipboard");
    }

    private void exportDigit() {
        Decoded shown = digitView.shown();
        String noun = DigitView.noun(session.exploration().space());
        if (shown == null) {
            session.messageProperty().set("No " + noun + " decoded yet");
            return;
        }
        export.save(noun + ".png", shown.image(), DIGIT_EXPORT_SCALE);
    }

    private void exportGrid() {
        ManifoldGrid grid = session.manifoldProperty().get();
        if (grid == null) {
            session.messageProperty().set("Open the Manifold tab first: the grid is decoded there");
            return;
        }
        export.save("manifold-" + grid.size() + "x" + grid.size() + ".png", grid.image(), GRID_EXPORT_SCALE);
    }

    private void showOpenFailure(Path directory, String problem) {
        picker.follow(session.exploration().space());
        showFailure(directory, problem, session.exploration().isOpen());
    }

    private void showFailure(Path directory, String problem, boolean previousStaysOpen) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Cannot open model");
        alert.setHeaderText("Cannot open model " + directory);
        alert.setContentText(problem + (previousStaysOpen ? "\n\nThe previous model stays open." : ""));
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
    }

    // ---- for tests and tools: the parts of the window that show state

    public ExplorerSession session() {
        return session;
    }

    /** The Melodies view (null until it is first shown). */
    public MelodyView melodyView() {
        return melodyView;
    }

    /** The Lab view (null until it is first shown). */
    public LabView labView() {
        return labView;
    }

    public LatentPad pad() {
        return pad;
    }

    public DigitView digitView() {
        return digitView;
    }

    public List<Slider> sliders() {
        return sliders.sliders();
    }
}
