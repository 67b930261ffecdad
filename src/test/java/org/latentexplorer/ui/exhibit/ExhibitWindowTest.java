package org.latentexplorer.ui.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.ui.digits.LatentPad;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.Viewport;

/** The exhibit's Digits view: the start screen, a finger and a pinch, the tour and its end, the reset, the way out, and every language. */
class ExhibitWindowTest extends ExhibitFxTest {
    @TempDir
    static Path scratch;
    private static Path model;

    @BeforeAll
    static void setUp() throws Exception {
        model = copyModel(ModelCatalog.defaultRoot().resolve("mnist-vae-2d"), scratch.resolve("mnist-vae-2d"));
        registerHeadlessStage();
    }

    private ExhibitShell openDigits(Language language) throws Exception {
        return open(language, List.of(ExhibitView.DIGITS), model, model, NO_SOUND_CARD);
    }

    private DigitsExhibit digits(ExhibitShell shell) {
        return (DigitsExhibit) shell.pages().get(0);
    }

    /** Starts exploring with a finger on the start screen. */
    private void touchToStart(ExhibitShell shell) throws Exception {
        Node start = lookup("#exhibit-start").query();
        touch(start, TouchEvent.TOUCH_PRESSED, 300, 300, 1);
        touch(start, TouchEvent.TOUCH_RELEASED, 300, 300, 1);
        waitForState(shell, IdleWatch.State.EXPLORING);
    }

    private Point2D padPoint(LatentPad pad, double u, double v) throws Exception {
        return onFx(() -> pad.screenToLocal(pad.screenPointOf(u, v)));
    }

    @Test
    void opensOnTheStartScreenInItsLanguageAndATouchStartsExploring() throws Exception {
        ExhibitShell shell = openDigits(Language.FI);
        Texts fi = Texts.of(Language.FI);
        assertEquals(IdleWatch.State.START, shell.state());
        assertTrue(onFx(() -> lookup("#exhibit-start").query().isVisible()));
        assertEquals("Aloita koskettamalla näyttöä", onFx(() -> lookup("#exhibit-start-touch").queryLabeled().getText()));
        double[] before = onFx(() -> digits(shell).puck());

        touchToStart(shell);
        assertFalse(onFx(() -> lookup("#exhibit-start").query().isVisible()), "the start screen goes");
        assertEquals(fi.text(ExhibitText.DIGITS_HINT), onFx(shell::caption));
        assertTrue(java.util.Arrays.equals(before, onFx(() -> digits(shell).puck())), "the touch that starts goes no further");

        // the mouse events JavaFX makes up from that touch do not press the button that was under the start screen
        Node surprise = lookup("#exhibit-surprise").query();
        for (javafx.event.EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
            onFx(() -> {
                Point2D scene = surprise.localToScene(10, 10);
                Event.fireEvent(surprise, new MouseEvent(type, scene.getX(), scene.getY(), 0, 0, MouseButton.PRIMARY, 1,
                        false, false, false, false, type == MouseEvent.MOUSE_PRESSED, false, false, true, false, true, null));
                return null;
            });
        }
        assertTrue(java.util.Arrays.equals(before, onFx(() -> digits(shell).puck())), "Surprise me! was not pressed by the starting touch");
        clickOn("#exhibit-surprise");
        assertFalse(java.util.Arrays.equals(before, onFx(() -> digits(shell).puck())), "a real press of Surprise me! moves the puck");
        assertEquals(List.of(), uncaught);
    }

    @Test
    void aFingerMovesThePuckAPinchZoomsAndMadeUpMouseEventsDoNot() throws Exception {
        ExhibitShell shell = openDigits(Language.EN);
        touchToStart(shell);
        DigitsExhibit page = digits(shell);
        LatentPad pad = (LatentPad) page.pad();

        Point2D at = padPoint(pad, 1.0, -0.5);
        touch(pad, TouchEvent.TOUCH_PRESSED, at.getX(), at.getY(), 1);
        double[] puck = onFx(page::puck);
        assertEquals(1.0, puck[0], 0.02, "u under the finger");
        assertEquals(-0.5, puck[1], 0.02, "v under the finger");
        Point2D along = padPoint(pad, -1.5, 0.75);
        touch(pad, TouchEvent.TOUCH_MOVED, along.getX(), along.getY(), 1);
        puck = onFx(page::puck);
        assertEquals(-1.5, puck[0], 0.02, "the puck follows the finger");
        assertEquals(0.75, puck[1], 0.02);
        waitUntil("the digit under the finger decoded", () -> page.session().digitProperty().get() != null
                && java.util.Arrays.equals(page.session().digitProperty().get().z(), page.session().exploration().point()));
        touch(pad, TouchEvent.TOUCH_RELEASED, along.getX(), along.getY(), 1);

        // two fingers pinch: they do not drag the puck, and the view zooms around them
        Point2D elsewhere = padPoint(pad, 2.0, 2.0);
        touch(pad, TouchEvent.TOUCH_PRESSED, elsewhere.getX(), elsewhere.getY(), 2);
        touch(pad, TouchEvent.TOUCH_MOVED, elsewhere.getX(), elsewhere.getY(), 2);
        assertEquals(-1.5, onFx(page::puck)[0], 0.02, "two fingers leave the puck");
        Viewport view = onFx(() -> page.viewportProperty().get());
        Point2D pinchAt = padPoint(pad, 0.5, 0.5);
        pinch(pad, pinchAt.getX(), pinchAt.getY(), 2.0);
        Viewport zoomed = onFx(() -> page.viewportProperty().get());
        assertEquals(view.halfSpan() / 2, zoomed.halfSpan(), 1e-9, "spreading two fingers to twice the distance zooms in twice");
        double[] stays = onFx(() -> pad.latentAt(pinchAt.getX(), pinchAt.getY()));
        assertEquals(0.5, stays[0], 1e-6, "the point under the pinch stays under it");
        assertEquals(0.5, stays[1], 1e-6);
        // lifting one finger of two does not make the puck jump to the other
        touch(pad, TouchEvent.TOUCH_MOVED, elsewhere.getX(), elsewhere.getY(), 1);
        assertEquals(-1.5, onFx(page::puck)[0], 0.02);
        touch(pad, TouchEvent.TOUCH_RELEASED, elsewhere.getX(), elsewhere.getY(), 1);

        // the mouse events JavaFX makes up from a touch are dropped; a real mouse still moves the puck
        Point2D synthesized = padPoint(pad, 0.25, 0.25);
        onFx(() -> {
            Point2D scene = pad.localToScene(synthesized);
            Node overlay = pad.getChildrenUnmodifiable().get(pad.getChildrenUnmodifiable().size() - 1);
            Event.fireEvent(overlay, new MouseEvent(MouseEvent.MOUSE_PRESSED, scene.getX(), scene.getY(), 0, 0, MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, true, false, false, null));
            return null;
        });
        assertEquals(-1.5, onFx(page::puck)[0], 0.02, "a synthesized press is a touch's echo");
        clickOn(pad.screenPointOf(0.25, 0.25), MouseButton.PRIMARY);
        assertEquals(0.25, onFx(page::puck)[0], 0.05, "a real click moves the puck");
        assertEquals(List.of(), uncaught);
    }

    @Test
    void theTourStartsAfterTheIdleTimeAndATouchEndsIt() throws Exception {
        ExhibitShell shell = openDigits(Language.EN);
        touchToStart(shell);
        DigitsExhibit page = digits(shell);
        pass(IDLE.minusSeconds(2));
        Thread.sleep(700); // the idle check runs every 250 ms
        assertEquals(IdleWatch.State.EXPLORING, shell.state(), "not before the idle time");
        assertFalse(onFx(() -> lookup("#exhibit-badge").query().isVisible()));

        pass(java.time.Duration.ofSeconds(3));
        waitForState(shell, IdleWatch.State.ATTRACT);
        assertTrue(onFx(() -> lookup("#exhibit-badge").query().isVisible()), "the tour says: touch the screen");
        List<String> captions = onFx(page::captions);
        assertTrue(captions.contains(onFx(shell::caption)), onFx(shell::caption) + " is one of " + captions);
        assertTrue(captions.stream().anyMatch(c -> c.contains("60,000 handwritten digits")), "the training set's size, written in English: " + captions);
        double[] first = onFx(page::puck);
        waitUntil("the puck tours", () -> !java.util.Arrays.equals(first, page.puck()));
        double[] second = onFx(page::puck);
        waitUntil("the puck tours on", () -> !java.util.Arrays.equals(second, page.puck()));
        waitUntil("the digit follows the tour", () -> page.session().digitProperty().get() != null
                && !java.util.Arrays.equals(page.session().digitProperty().get().z(), new float[] {(float) first[0], (float) first[1]}));

        LatentPad pad = (LatentPad) page.pad();
        Point2D at = padPoint(pad, -1.0, 1.0);
        touch(pad, TouchEvent.TOUCH_PRESSED, at.getX(), at.getY(), 1);
        assertEquals(IdleWatch.State.EXPLORING, shell.state(), "a touch ends the tour");
        assertFalse(onFx(() -> lookup("#exhibit-badge").query().isVisible()));
        assertEquals(Texts.of(Language.EN).text(ExhibitText.DIGITS_HINT), onFx(shell::caption));
        double[] touched = onFx(page::puck);
        assertEquals(-1.0, touched[0], 0.02, "the touch that ends the tour also moves the puck");
        Thread.sleep(300);
        assertTrue(java.util.Arrays.equals(touched, onFx(page::puck)), "the tour has let go of the puck");
        assertEquals(List.of(), uncaught);
    }

    @Test
    void leftAloneItGoesBackToAFreshStartScreenAndTheTourComesBackFromThere() throws Exception {
        ExhibitShell shell = openDigits(Language.EN);
        touchToStart(shell);
        DigitsExhibit page = digits(shell);
        LatentPad pad = (LatentPad) page.pad();
        Viewport whole = onFx(() -> page.viewportProperty().get());
        Point2D at = padPoint(pad, 1.5, 1.5);
        touch(pad, TouchEvent.TOUCH_PRESSED, at.getX(), at.getY(), 1);
        pinch(pad, at.getX(), at.getY(), 3.0);
        assertNotEquals(whole, onFx(() -> page.viewportProperty().get()));

        pass(IDLE.plusSeconds(1));
        waitForState(shell, IdleWatch.State.ATTRACT);
        pass(RESET.minus(IDLE));
        waitForState(shell, IdleWatch.State.START);
        assertTrue(onFx(() -> lookup("#exhibit-start").query().isVisible()));
        assertFalse(onFx(() -> lookup("#exhibit-badge").query().isVisible()));
        assertEquals(whole, onFx(() -> page.viewportProperty().get()), "the whole map again");
        double[] puck = onFx(page::puck);
        assertEquals(whole.centerU(), puck[0], 1e-4, "the puck back in the middle");
        assertEquals(whole.centerV(), puck[1], 1e-4);
        Thread.sleep(300);
        assertTrue(java.util.Arrays.equals(puck, onFx(page::puck)), "no tour under the start screen");

        pass(IDLE.plusSeconds(1));
        waitForState(shell, IdleWatch.State.ATTRACT);
        assertFalse(onFx(() -> lookup("#exhibit-start").query().isVisible()), "the tour shows the map, not the start screen");
        assertEquals(List.of(), uncaught);
    }

    @Test
    void onlyTheChordQuitsNotEscNorAWindowClose() throws Exception {
        ExhibitShell shell = openDigits(Language.EN);
        touchToStart(shell);
        assertTrue(onFx(() -> exhibit.stage().isFullScreen()), "full screen");
        type(KeyCode.ESCAPE);
        interact(() -> exhibit.stage().fireEvent(new WindowEvent(exhibit.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertFalse(quit.get(), "Esc and a close request do not quit");
        assertTrue(onFx(() -> exhibit.stage().isShowing() && exhibit.stage().isFullScreen()), "still showing, full screen");
        press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        assertFalse(quit.get(), "Ctrl+Q alone does not quit");

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Q).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the chord quits", quit::get);
        assertFalse(onFx(() -> exhibit.stage().isShowing()), "the window closed");
    }

    @Test
    void nothingOpensAFileOrLeavesTheAppAndEveryControlIsBig() throws Exception {
        ExhibitShell shell = openDigits(Language.EN);
        touchToStart(shell);
        for (String way : List.of(".combo-box", ".menu-button", ".choice-box", ".text-field", "#open-model", "#model-picker", "#record",
                "#export-digit", "#export-grid", "#melody-open-model", "#melody-export")) {
            assertTrue(lookup(way).queryAll().isEmpty(), way + " has no place in an exhibit");
        }
        List<ButtonBase> buttons = onFx(() -> lookup(".exhibit-button").queryAllAs(ButtonBase.class).stream().filter(Node::isVisible).toList());
        assertTrue(buttons.size() >= 4, "Surprise me, zoom in and out, the whole map: " + buttons);
        for (ButtonBase button : buttons) {
            assertTrue(onFx(() -> button.getHeight() >= 56 && button.getWidth() >= 56), button + " is big enough for a finger");
            assertFalse(button.getText().endsWith("…"), button.getText() + " would open a dialog");
        }
    }

    @Test
    void everyLanguageNamesItsOwnWordsAndNoKeyShowsThrough() throws Exception {
        for (Language language : Language.values()) {
            ExhibitShell shell = openDigits(language);
            Texts texts = Texts.of(language);
            assertEquals(texts.text(ExhibitText.START_TOUCH), onFx(() -> lookup("#exhibit-start-touch").queryLabeled().getText()), language.code());
            assertEquals(texts.text(ExhibitText.SURPRISE), onFx(() -> lookup("#exhibit-surprise").queryLabeled().getText()), language.code());
            List<String> shown = onFx(() -> lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList());
            assertTrue(shown.stream().noneMatch(text -> text != null && text.contains("!exhibit.")), language + ": " + shown);
            closeExhibit();
            exhibit = null;
        }
    }
}
