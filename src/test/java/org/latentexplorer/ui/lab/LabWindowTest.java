package org.latentexplorer.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.latentexplorer.ui.Reach;
import org.latentexplorer.ui.widgets.Viewport;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Lab in a real-sized window: every page at 1024x600, and the maps and the drawing canvas from the keyboard. */
class LabWindowTest extends ExplorerFxTest {

    LabWindowTest() {
        super(120_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    private LabView start() throws Exception {
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(null, ExplorerApp.Mode.LAB,
                org.latentexplorer.music.MelodyPlayer.SynthesizerSource.DEFAULT));
        waitUntil("the lab is shown", () -> app.labView() != null);
        return app.labView();
    }

    private void select(LabView lab, String tabId) throws Exception {
        onFx(() -> {
            lab.tabs().getSelectionModel().select(lab.tabs().getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
    }

    private record Page(String tab, Callable<Boolean> ready, List<String> controls) {
    }

    @Test
    void atTenTwentyFourBySixHundredEveryPagesFiguresCanBeReached() throws Exception {
        LabView lab = start();
        onFx(() -> {
            Stage stage = (Stage) lab.getScene().getWindow();
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(1024);
            stage.setHeight(600);
            return null;
        });
        waitUntil("the window is 1024x600", () -> lab.getScene().getWidth() == 1024 && lab.getScene().getHeight() == 600);
        List<Page> pages = List.of(
                new Page("lab-compare-tab", () -> lab.compare().figures() != null,
                        List.of("#compare-map-0", "#compare-map-2", "#compare-figures-0", "#compare-figures-2", "#compare-summary",
                                "#compare-digit-2", "#compare-holes")),
                new Page("lab-denoise-tab", () -> lab.denoise().result() != null,
                        List.of("#denoise-output", "#denoise-output-psnr", "#denoise-noisy-psnr", "#denoise-strength", "#denoise-use-drawing",
                                ".drawing-canvas")),
                new Page("lab-superres-tab", () -> lab.superRes().result() != null,
                        List.of("#superres-original", "#superres-network-figures", "#superres-bicubic-figures", "#superres-7")),
                new Page("lab-draw-tab", () -> lab.draw().resource() != null,
                        List.of("#draw-map", "#draw-caption", "#draw-undo", "#draw-clear", "#draw-reconstruction", ".drawing-canvas")),
                new Page("lab-ood-tab", () -> lab.ood().examples() != null,
                        List.of("#ood-figures", "#ood-histogram", "#ood-shuffle", "#ood-fashion-model", ".ood-tile")));
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        for (Page page : pages) {
            select(lab, page.tab());
            waitUntil(page.tab() + " opened", page.ready());
            WaitForAsyncUtils.waitForFxEvents();
            onFx(() -> {
                lab.getScene().getRoot().applyCss();
                lab.getScene().getRoot().layout();
                return null;
            });
            for (String id : page.controls()) {
                String problem = onFx(() -> Reach.problem(lab.tabs().getSelectionModel().getSelectedItem().getContent().lookup(id), lab.getScene()));
                if (problem != null) {
                    problems.put(page.tab() + " " + id, problem);
                }
            }
        }
        assertEquals(Map.of(), problems, "controls out of reach at 1024x600");
    }

    @Test
    void theDrawPagesMapTakesArrowsAndTheCanvasTakesDeleteAndUndo() throws Exception {
        LabView lab = start();
        select(lab, "lab-draw-tab");
        DrawPage page = lab.draw();
        waitUntil("the 2-D model opened", () -> page.resource() != null);
        Viewport view = onFx(() -> page.map().viewportProperty().get());
        clickOn(onFx(() -> page.map().screenPointOf(view.centerU(), view.centerV())), javafx.scene.input.MouseButton.PRIMARY);
        waitUntil("the map has the focus and a puck", () -> page.map().isFocused() && page.map().puckProperty().get() != null);
        double[] before = onFx(() -> page.map().puckProperty().get());
        type(KeyCode.RIGHT);
        type(KeyCode.DOWN);
        double[] after = onFx(() -> page.map().puckProperty().get());
        assertTrue(after[0] > before[0] + view.halfSpan() / 200, "right moves the puck right: " + before[0] + " -> " + after[0]);
        assertTrue(after[1] < before[1] - view.halfSpan() / 200, "down moves it down");
        waitUntil("the point under the nudged puck is decoded", () -> page.reading() != null
                && Math.abs(page.reading().z()[0] - after[0]) < 1e-5 && Math.abs(page.reading().z()[1] - after[1]) < 1e-5);

        onFx(() -> {
            page.canvas().drawStroke(List.of(new Point2D(140, 40), new Point2D(140, 240)));
            page.canvas().drawStroke(List.of(new Point2D(60, 60), new Point2D(220, 60)));
            page.canvas().requestFocus();
            return null;
        });
        waitUntil("the canvas has the focus", () -> page.canvas().isFocused());
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(1, (int) onFx(() -> page.canvas().strokeCount()), "Ctrl+Z undoes the last stroke");
        type(KeyCode.DELETE);
        assertEquals(0, (int) onFx(() -> page.canvas().strokeCount()), "Delete clears the drawing");
    }
}
