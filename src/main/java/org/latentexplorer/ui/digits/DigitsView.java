package org.latentexplorer.ui.digits;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.ClassLegend;
import org.latentexplorer.ui.widgets.LatentText;
import org.latentexplorer.ui.widgets.PngExport;

/**
 * The Digits view: the toolbar on top, the latent pad, manifold and model summary on the left, the
 * decoded digit and sliders on the right, the interpolation strip and status bar below.
 */
public final class DigitsView extends BorderPane {
    private static final int DIGIT_EXPORT_SCALE = 10;
    private static final int GRID_EXPORT_SCALE = 2;

    private final ExplorerSession session;
    private final PngExport export;
    private final DigitsToolbar digitsToolbar;
    private final ModelPicker picker;
    private final JourneyRecorder recorder;
    private LatentPad pad;
    private DigitView digitView;
    private SliderPanel sliders;

    /** {@code opener} opens a model chosen in the toolbar; saved PNGs get dialogs owned by {@code window}. */
    public DigitsView(ExplorerSession session, Supplier<Window> window, Consumer<Path> opener) {
        this.session = session;
        export = new PngExport(window, session.messageProperty()::set);
        getStyleClass().add("explorer");
        digitsToolbar = new DigitsToolbar(session, opener, this::copyPoint, this::exportDigit, this::exportGrid);
        picker = digitsToolbar.picker();
        recorder = new JourneyRecorder(session, window);
        digitsToolbar.getChildren().add(recorder);
        setTop(digitsToolbar);
        setCenter(workspace());
        setBottom(new VBox(new InterpolationStrip(session), new StatusBar(session)));
    }

    /** The toolbar, where the window puts its mode switch. */
    public FlowPane toolbar() {
        return digitsToolbar;
    }

    public ModelPicker picker() {
        return picker;
    }

    /** Gives the pad the focus, so the README's keys work from the start (its tab builds it on the next pulse). */
    public void focusPadOnceShown() {
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

    private Node workspace() {
        pad = new LatentPad(session);
        VBox.setVgrow(pad, Priority.ALWAYS);
        VBox padPage = new VBox(6, pad, legendFor(null));
        padPage.getStyleClass().add("pad-page");
        session.exploration().spaceProperty().addListener((obs, old, space) -> padPage.getChildren().set(1, legendFor(space)));
        Tab padTab = new Tab(Texts.window().text(DigitsText.TAB_PAD), padPage);
        padTab.setId("pad-tab");
        Tab manifoldTab = new Tab(Texts.window().text(DigitsText.TAB_MANIFOLD), new ManifoldView(session));
        manifoldTab.setId("manifold-tab");
        Tab modelTab = new Tab(Texts.window().text(DigitsText.MODEL), new ModelSummary(session));
        modelTab.setId("model-tab");
        TabPane tabs = new TabPane(padTab, manifoldTab, modelTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        session.manifoldWantedProperty().bind(manifoldTab.selectedProperty());

        digitView = new DigitView(session);
        sliders = new SliderPanel(session);
        VBox.setVgrow(sliders, Priority.ALWAYS);
        Label decodedTitle = title(DigitsText.DECODED_DIGIT);
        decodedTitle.setId("decoded-title");
        decodedTitle.textProperty().bind(Bindings.createStringBinding(
                () -> DigitView.says(session.exploration().space(), DigitsText.DECODED_DIGIT, DigitsText.DECODED_IMAGE),
                session.exploration().spaceProperty()));
        VBox side = new VBox(10, decodedTitle, digitView, new PlaneChooser(session), title(DigitsText.LATENT_POINT), sliders);
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

    /** The colours of the open model's classes, named in the window's language; none without a latent map. */
    private static ClassLegend legendFor(LatentSpace space) {
        boolean shown = space != null && space.latentMap().isPresent();
        ClassLegend legend = new ClassLegend(shown ? space.classNames() : List.of());
        legend.setVisible(shown);
        legend.setManaged(shown);
        return legend;
    }

    private static Label title(DigitsText text) {
        Label label = new Label(Texts.window().text(text));
        label.getStyleClass().add("section-title");
        return label;
    }

    /**
     * Arrow keys nudge the puck in the Digits view (shift: a bigger step), wherever the focus is,
     * except in the controls that use arrows themselves (sliders, boxes, text fields, radio buttons).
     */
    public void arrowsToThePuck(KeyEvent e) {
        if (!e.getCode().isArrowKey()) {
            return;
        }
        Node focused = getScene().getFocusOwner();
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

    /** The Digits view's letter keys: S samples, A and B pin, I interpolates, R resets the view, Ctrl+C copies z. */
    public void shortcut(KeyEvent e) {
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
        session.messageProperty().set(Texts.window().text(DigitsText.COPIED_Z));
    }

    private void exportDigit() {
        Decoded shown = digitView.shown();
        LatentSpace space = session.exploration().space();
        if (shown == null) {
            session.messageProperty().set(DigitView.says(space, DigitsText.NO_DIGIT_YET, DigitsText.NO_IMAGE_YET));
            return;
        }
        export.save(DigitView.noun(space) + ".png", shown.image(), DIGIT_EXPORT_SCALE);
    }

    private void exportGrid() {
        ManifoldGrid grid = session.manifoldProperty().get();
        if (grid == null) {
            session.messageProperty().set(Texts.window().text(DigitsText.OPEN_MANIFOLD_FIRST));
            return;
        }
        export.save("manifold-" + grid.size() + "x" + grid.size() + ".png", grid.image(), GRID_EXPORT_SCALE);
    }

    // ---- for tests and tools: the parts of the view that show state

    public LatentPad pad() {
        return pad;
    }

    public DigitView digitView() {
        return digitView;
    }

    public JourneyRecorder recorder() {
        return recorder;
    }

    public List<Slider> sliders() {
        return sliders.sliders();
    }
}
