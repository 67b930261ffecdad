package org.latentexplorer.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;

/** The explorer window: latent pad and manifold on the left, the decoded digit and sliders on the right. */
public final class ExplorerApp extends Application {
    public static final String DEFAULT_MODEL = "mnist-vae-2d";
    private static final int DIGIT_EXPORT_SCALE = 10;
    private static final int GRID_EXPORT_SCALE = 2;

    private Path initialModel;
    private ExplorerSession session;
    private LatentPad pad;
    private DigitView digitView;
    private SliderPanel sliders;
    private ModelPicker picker;
    private Stage stage;

    /** Used by {@link Application#launch}: the model comes from {@code --model=DIR} or the default. */
    public ExplorerApp() {
    }

    public ExplorerApp(Path initialModel) {
        this.initialModel = initialModel;
    }

    /** Opens the window on {@code model} and returns when it is closed. */
    public static void launch(Path model) {
        Application.launch(ExplorerApp.class, "--model=" + model);
    }

    /** The shipped 2-D MNIST model, or else the first usable model under the models folder. */
    public static Path defaultModel() {
        Path root = ModelCatalog.defaultRoot();
        Path preferred = root.resolve(DEFAULT_MODEL);
        if (preferred.toFile().isDirectory()) {
            return preferred;
        }
        return ModelCatalog.list(root).stream().filter(ModelCatalog.Entry::usable).map(ModelCatalog.Entry::directory)
                .findFirst().orElse(preferred);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        if (initialModel == null) {
            String named = getParameters() == null ? null : getParameters().getNamed().get("model");
            initialModel = named == null ? defaultModel() : Path.of(named);
        }
        session = new ExplorerSession(Platform::runLater);
        session.setOnOpenFailed(this::showOpenFailure);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("explorer");
        root.setTop(toolbar());
        root.setCenter(workspace());
        root.setBottom(new VBox(new InterpolationStrip(session), new StatusBar(session)));

        Scene scene = new Scene(root, 1320, 840);
        scene.getStylesheets().add(Objects.requireNonNull(ExplorerApp.class.getResource("explorer.css")).toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            LatentSpace space = session.exploration().space();
            return space == null ? "Latent Explorer" : "Latent Explorer — " + space.directory().getFileName();
        }, session.exploration().spaceProperty()));
        stage.show();
        session.open(initialModel);
    }

    private ToolBar toolbar() {
        picker = new ModelPicker(session, ModelCatalog.list(ModelCatalog.defaultRoot()));
        return new ToolBar(picker, new Separator(),
                button("Sample", "sample", "Random point from the prior (S)", session::sample),
                button("Pin A", "pin-a", "Pin the current point as A (A)", session::pinA),
                button("Pin B", "pin-b", "Pin the current point as B (B)", session::pinB),
                button("Interpolate", "interpolate", "Decode the frames from A to B (I)", session::interpolate),
                new Separator(),
                button("Reset view", "reset-view", "Frame the test encodings again (R)", session::resetView),
                new Separator(),
                button("Copy z", "copy-z", "Copy the current point, comma-separated (Ctrl+C)", this::copyPoint),
                button("Export digit…", "export-digit", "Save the decoded digit as PNG", this::exportDigit),
                button("Export grid…", "export-grid", "Save the manifold grid as PNG", this::exportGrid));
    }

    private Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.disableProperty().bind(session.exploration().spaceProperty().isNull());
        return button;
    }

    private Node workspace() {
        pad = new LatentPad(session);
        VBox.setVgrow(pad, Priority.ALWAYS);
        VBox padPage = new VBox(6, pad, new ClassLegend(session));
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
        VBox side = new VBox(10, title("Decoded digit"), digitView, new PlaneChooser(session), title("Latent point"), sliders);
        side.getStyleClass().add("side-panel");
        side.setMinWidth(330);
        side.setPrefWidth(360);
        side.setMaxWidth(420);

        BorderPane workspace = new BorderPane(tabs);
        workspace.setRight(side);
        return workspace;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private void shortcut(KeyEvent e) {
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
            case LEFT -> pad.nudge(-1, 0);
            case RIGHT -> pad.nudge(1, 0);
            case UP -> pad.nudge(0, 1);
            case DOWN -> pad.nudge(0, -1);
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
        if (shown == null) {
            session.messageProperty().set("No digit decoded yet");
            return;
        }
        savePng("digit.png", shown.image(), DIGIT_EXPORT_SCALE);
    }

    private void exportGrid() {
        ManifoldGrid grid = session.manifoldProperty().get();
        if (grid == null) {
            session.messageProperty().set("Open the Manifold tab first: the grid is decoded there");
            return;
        }
        savePng("manifold-" + grid.size() + "x" + grid.size() + ".png", grid.image(), GRID_EXPORT_SCALE);
    }

    private void savePng(String suggestedName, GrayImage image, int scale) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export PNG");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        try {
            image.writePng(file.toPath(), scale);
            session.messageProperty().set("Saved " + file);
        } catch (IOException | RuntimeException e) {
            session.messageProperty().set("Could not save " + file + ": " + ExplorerSession.describe(e));
        }
    }

    private void showOpenFailure(Path directory, String problem) {
        picker.follow(session.exploration().space());
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Cannot open model");
        alert.setHeaderText("Cannot open model " + directory);
        alert.setContentText(problem + (session.exploration().isOpen() ? "\n\nThe previous model stays open." : ""));
        alert.getDialogPane().setId("open-failure");
        alert.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
        alert.show();
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }

    // ---- for tests and tools: the parts of the window that show state

    public ExplorerSession session() {
        return session;
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
