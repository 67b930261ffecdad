package org.latentexplorer.ui.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.latentexplorer.ui.widgets.ModelChoices;
import org.latentexplorer.ui.widgets.Scatter;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Digits view as a user meets it under a window manager: switching between every shipped image
 * model, a 1024x600 window, the keyboard, and a fast pan.
 */
class DigitsWindowTest extends ExplorerFxTest {
    private static final String[] TOOLBAR_IDS = {"mode-digits", "mode-melodies", "mode-lab", "mode-train", "model-picker",
        "open-model", "sample", "pin-a", "pin-b", "interpolate", "reset-view", "copy-z", "export-digit", "export-grid", "record"};

    DigitsWindowTest() {
        super(30_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    private void start() throws Exception {
        Path model = ModelCatalog.defaultRoot().resolve("mnist-vae-2d");
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(model));
        waitUntil("the model opened and its first digit is shown",
                () -> app.session().exploration().isOpen() && app.digitView().shown() != null);
    }

    // ---- switching models

    @Test
    void switchingEveryImageModelToEveryOtherShowsOnlyTheNewModel() throws Exception {
        start();
        List<Throwable> fxErrors = Collections.synchronizedList(new ArrayList<>());
        Thread.UncaughtExceptionHandler previous = onFx(() -> {
            Thread.UncaughtExceptionHandler old = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> fxErrors.add(e));
            return old;
        });
        try {
            @SuppressWarnings("unchecked")
            ComboBox<ModelCatalog.Entry> picker = lookup("#model-picker").queryAs(ComboBox.class);
            List<ModelCatalog.Entry> models = onFx(() -> picker.getItems().stream().filter(ModelCatalog.Entry::usable).toList());
            List<String> names = models.stream().map(ModelCatalog.Entry::name).toList();
            assertTrue(names.containsAll(List.of("mnist-vae-2d", "mnist-vae-20d", "fashion-vae-20d")), names.toString());
            int switches = 0;
            for (ModelCatalog.Entry from : models) {
                for (ModelCatalog.Entry to : models) {
                    if (from == to) {
                        continue;
                    }
                    choose(picker, from);
                    interact(() -> app.session().exploration().moveOnPlane(1.2, 1.2)); // puck off-centre: a stale one would show
                    choose(picker, to);
                    assertEquals(List.of(), fxErrors, "exceptions on the FX thread after " + from.name() + " -> " + to.name());
                    assertShowsOnly(to, from.name() + " -> " + to.name());
                    switches++;
                }
            }
            assertEquals(models.size() * (models.size() - 1), switches);
        } finally {
            interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previous));
        }
    }

    private void choose(ComboBox<ModelCatalog.Entry> picker, ModelCatalog.Entry entry) throws Exception {
        interact(() -> picker.setValue(entry));
        waitUntil(entry.name() + " opened and its first digit shown", () -> {
            LatentSpace space = app.session().exploration().space();
            return space != null && !app.session().openingProperty().get()
                    && ModelChoices.sameDirectory(space.directory(), entry.directory())
                    && app.digitView().shown() != null
                    && java.util.Arrays.equals(app.digitView().shown().z(), app.session().exploration().point());
        });
    }

    private void assertShowsOnly(ModelCatalog.Entry model, String step) throws Exception {
        LatentSpace space = onFx(() -> app.session().exploration().space());
        Scatter expected = onFx(() -> space.latentMap()
                .map(map -> Scatter.project(map, app.session().exploration().plane())).orElse(Scatter.EMPTY));
        Scatter shown = onFx(() -> app.session().scatterProperty().get());
        assertEquals(expected.size(), shown.size(), step + ": dots = the new model's map");
        assertArrayEquals(expected.us(), shown.us(), 1e-9, step + ": the new model's dots");
        assertArrayEquals(expected.vs(), shown.vs(), 1e-9, step + ": the new model's dots");
        assertEquals(space.latentSize(), (int) onFx(() -> app.sliders().size()), step + ": one slider per dimension");

        double[] puck = onFx(() -> app.session().exploration().puck());
        Point2D puckOnScreen = onFx(() -> app.pad().screenPointOf(puck[0], puck[1]));
        double[] box = onFx(() -> {
            Canvas overlay = (Canvas) app.pad().getChildrenUnmodifiable().get(1);
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            WritableImage image = overlay.snapshot(transparent, null);
            Point2D puckLocal = overlay.screenToLocal(puckOnScreen);
            return opaqueWhiteBox(image.getPixelReader(), (int) image.getWidth(), (int) image.getHeight(), puckLocal);
        });
        assertTrue(box[0] > 0, step + ": a puck is drawn");
        assertTrue(box[1] <= 24 && box[2] <= 24, step + ": one puck, no trail (white pixels span " + box[1] + " x " + box[2] + ")");
        assertTrue(box[3] <= 12, step + ": the puck is where the point is (" + box[3] + " px away)");
    }

    /** Count, width and height of the fully opaque white pixels (the puck's ring), and their centre's distance to {@code at}. */
    private static double[] opaqueWhiteBox(PixelReader pixels, int width, int height, Point2D at) {
        int count = 0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (pixels.getArgb(x, y) == 0xFFFFFFFF) {
                    count++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (count == 0) {
            return new double[] {0, 0, 0, 0};
        }
        double distance = at.distance((minX + maxX) / 2.0, (minY + maxY) / 2.0);
        return new double[] {count, maxX - minX + 1, maxY - minY + 1, distance};
    }

    // ---- the window at 1024x600

    @Test
    void at1024x600EveryToolbarControlAndTheStatusBarShow() throws Exception {
        start();
        Stage stage = onFx(() -> (Stage) app.pad().getScene().getWindow());
        javafx.geometry.Rectangle2D screen = onFx(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
        assertTrue(onFx(() -> stage.getWidth() <= screen.getWidth() && stage.getHeight() <= screen.getHeight()),
                "the window opens inside the screen");
        assertTrue(onFx(() -> stage.getMinWidth() <= 1024 && stage.getMinHeight() <= 600),
                "the window may be made 1024x600: minimum " + onFx(stage::getMinWidth) + " x " + onFx(stage::getMinHeight));

        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        assertTrue(onFx(() -> scene.getWidth() <= 1024 && scene.getHeight() <= 600),
                "the window is 1024x600: " + onFx(scene::getWidth) + " x " + onFx(scene::getHeight));
        for (String id : TOOLBAR_IDS) {
            Node control = lookup("#" + id).tryQuery().orElse(null);
            assertNotNull(control, "#" + id + " is in the window, not in an overflow menu");
            assertShownInside(control, scene, "#" + id);
        }
        assertShownInside(lookup(".status-bar").query(), scene, "the status bar");
        assertShownInside(lookup("#status-message").query(), scene, "the status message");
        assertTrue(onFx(() -> app.pad().getHeight() >= 240), "the pad keeps a usable size");
    }

    private void assertShownInside(Node node, Scene scene, String what) throws Exception {
        assertTrue(onFx(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return node.isVisible() && node.getScene() == scene;
        }), what + " is shown");
        Bounds b = onFx(() -> node.localToScene(node.getLayoutBounds()));
        double w = onFx(scene::getWidth);
        double h = onFx(scene::getHeight);
        assertTrue(b.getWidth() > 0 && b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= w + 0.5 && b.getMaxY() <= h + 0.5,
                what + " lies inside the " + w + " x " + h + " window: " + b);
    }

    // ---- keyboard

    @Test
    void arrowKeysNudgeThePuckEvenWhenTheTabsHaveFocus() throws Exception {
        start();
        TabPane tabs = lookup(".tab-pane").queryAs(TabPane.class);
        clickOn("Latent pad");
        double half = onFx(() -> app.session().viewportProperty().get().halfSpan());
        double[] before = onFx(() -> app.session().exploration().puck());

        type(KeyCode.RIGHT);
        double[] after = onFx(() -> app.session().exploration().puck());
        assertEquals(0, (int) onFx(() -> tabs.getSelectionModel().getSelectedIndex()), "the arrow left the tabs alone");
        double step = after[0] - before[0];
        assertTrue(step > 0 && step <= half / 10, "a small step right: " + step);
        assertEquals(before[1], after[1], 1e-6);

        press(KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT);
        double[] big = onFx(() -> app.session().exploration().puck());
        assertTrue(big[1] - after[1] > 3 * step && big[1] - after[1] <= half, "shift+up: a bigger step: " + (big[1] - after[1]));
        assertEquals(0, (int) onFx(() -> tabs.getSelectionModel().getSelectedIndex()));

        interact(() -> app.pad().requestFocus());
        assertTrue(onFx(() -> app.pad().isFocused() && app.pad().getBorder() != null && !app.pad().getBorder().getStrokes().isEmpty()),
                "the focused pad shows a focus ring");
        type(KeyCode.LEFT);
        assertEquals(big[0] - step, onFx(() -> app.session().exploration().puck())[0], 1e-5, "the focused pad takes arrows");
    }

    @Test
    void thePadHasTheFocusFromTheStartKeepsItWhenClickedAndDecodesOnEnter() throws Exception {
        start();
        waitUntil("the pad has the focus", () -> app.pad().isFocused());
        clickOn(onFx(() -> app.pad().screenPointOf(0.5, -0.5)), MouseButton.PRIMARY);
        assertTrue(onFx(() -> app.pad().isFocused()), "clicking the pad leaves the focus on it, not on the tabs");
        interact(() -> app.session().messageProperty().set(""));
        type(KeyCode.ENTER);
        assertTrue(onFx(() -> app.session().messageProperty().get()).startsWith("Decoding z = "),
                onFx(() -> app.session().messageProperty().get()));
    }

    @Test
    void anArrowOnAFocusedSliderMovesItOneSmallStep() throws Exception {
        start();
        Slider z1 = onFx(() -> app.sliders().get(0));
        interact(z1::requestFocus);
        double before = onFx(z1::getValue);
        type(KeyCode.RIGHT);
        double after = onFx(z1::getValue);
        double smallStep = 0.05 * 2 * SliderPanel.RANGE;
        assertTrue(after - before > 0 && after - before <= smallStep + 1e-6, "one arrow: " + before + " -> " + after);
        assertEquals(after, onFx(() -> app.session().exploration().point())[0], 1e-6, "the point follows the slider");
        assertTrue(onFx(() -> z1.lookup(".thumb").getEffect() != null), "the focused slider's thumb shows a focus ring");
    }

    // ---- pan

    @Test
    void aFastRightDragPansOneToOneWithTheMouse() throws Exception {
        start();
        Canvas overlay = onFx(() -> (Canvas) app.pad().getChildrenUnmodifiable().get(1));
        Point2D originBefore = onFx(() -> app.pad().screenPointOf(0, 0));
        double[] puckBefore = onFx(() -> app.session().exploration().puck());
        Point2D start = onFx(() -> overlay.localToScene(overlay.getWidth() / 2, overlay.getHeight() / 2));
        // a fast drag under X: the server folds most moves together, the last ones arrive only with the release
        interact(() -> {
            fire(overlay, MouseEvent.MOUSE_PRESSED, start, 0, 0, true);
            fire(overlay, MouseEvent.MOUSE_DRAGGED, start, 30, 12, true);
            fire(overlay, MouseEvent.MOUSE_RELEASED, start, 100, 40, false);
        });
        Point2D originAfter = onFx(() -> app.pad().screenPointOf(0, 0));
        assertEquals(100, originAfter.getX() - originBefore.getX(), 1e-6, "the origin moved with the mouse across");
        assertEquals(40, originAfter.getY() - originBefore.getY(), 1e-6, "the origin moved with the mouse down");
        assertArrayEquals(puckBefore, onFx(() -> app.session().exploration().puck()), 1e-9, "panning leaves the point");
    }

    private static void fire(Canvas target, javafx.event.EventType<MouseEvent> type, Point2D start, double dx, double dy,
                             boolean secondaryDown) {
        double x = start.getX() + dx;
        double y = start.getY() + dy;
        Point2D screen = target.getScene().getWindow() == null ? new Point2D(x, y)
                : new Point2D(x + target.getScene().getWindow().getX(), y + target.getScene().getWindow().getY());
        Event.fireEvent(target, new MouseEvent(type, x, y, screen.getX(), screen.getY(), MouseButton.SECONDARY, 1,
                false, false, false, false, false, false, secondaryDown, false, false, false, null));
    }
}
