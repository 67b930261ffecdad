package org.latentexplorer.ui.melodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.latentexplorer.music.GeneralMidi;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.SceneTexts;
import org.latentexplorer.ui.i18n.Texts;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Melodies view speaks the window's language: nothing English is left in the toolbar, side panel, strip (its
 * tiles' tooltips and context menu too), status line and pad axes, no key is missing, and the slider values use the
 * language's decimal comma. English stays as it was.
 */
class MelodyLanguagesTest extends MelodyViewFxTest {
    /** Words that read the same in English and the language: names, a unit, and the pins' letters. The model picker's texts are the models' names. */
    private static final Set<String> SAME_EVERYWHERE = Set.of("JFugue", "MIDI…", "bpm", "A → B");
    /** Instruments called by their own names in most languages. */
    private static final Set<String> SAME_INSTRUMENTS = Set.of("Marimba", "Celesta", "Clavinet", "Tuba", "Oboe", "Shakuhachi", "Sitar",
            "Banjo", "Shamisen", "Koto", "Kalimba", "Agogo");
    private static Shown english;

    /** What the view shows, once the strip holds an interpolation, and the texts of a strip tile's context menu. */
    private record Shown(List<String> texts, String similarity, String temperature, List<String> models) {
    }

    @Test
    void finnishLeavesNothingEnglishAndWritesDecimalCommas() throws Exception {
        Shown finnish = shownIn(Language.FI);
        assertEquals(Set.of(), SceneTexts.untranslated(english(), finnish.texts(), names(finnish, "Tempo")));
        assertEquals("0,70", finnish.similarity(), "the similarity with a decimal comma");
        assertEquals("0,25", finnish.temperature());
        assertTrue(finnish.texts().contains("Pääsuunta 1"), "the pad's axes: " + finnish.texts());
        assertTrue(finnish.texts().contains("1  Akustinen flyygeli"), "the instrument by its Finnish name");
    }

    @Test
    void hungarianLeavesNothingEnglishAndWritesDecimalCommas() throws Exception {
        Shown hungarian = shownIn(Language.HU);
        assertEquals(Set.of(), SceneTexts.untranslated(english(), hungarian.texts(), names(hungarian)));
        assertEquals("0,70", hungarian.similarity());
        assertEquals("0,25", hungarian.temperature());
        assertTrue(hungarian.texts().contains("Lejátszás"), "the tile menu's Play: " + hungarian.texts());
    }

    @Test
    void polishLeavesNothingEnglishButTheWordsItShares() throws Exception {
        Shown polish = shownIn(Language.PL);
        assertEquals(Set.of(), SceneTexts.untranslated(english(), polish.texts(), names(polish, "Model", "Tempo", "Instrument")));
        assertEquals("0,70", polish.similarity());
    }

    @Test
    void englishIsAsBeforeWithDecimalPoints() throws Exception {
        List<String> texts = english();
        List<String> expected = List.of("Sample", "Pin A", "Interpolate", "▶ Play strip", "Make it the pad's point", "PC 1",
                "1  Acoustic Grand Piano", "Built-in synthesizer", "audio: no sound device", "Note density");
        assertEquals(List.of(), expected.stream().filter(text -> !texts.contains(text)).toList(), texts.toString());
        assertEquals("0.70", englishShown().similarity());
        assertEquals("0.25", englishShown().temperature());
    }

    @Test
    void everyLanguageNamesAllTheInstruments() {
        for (Language language : Language.values()) {
            Texts.useForWindow(language);
            List<String> names = MelodyInstruments.all();
            assertEquals(GeneralMidi.PROGRAMS.size(), names.size(), language + ": " + names);
            assertFalse(names.stream().anyMatch(String::isBlank), language + ": " + names);
            if (language != Language.EN) {
                assertFalse(names.get(0).equals(GeneralMidi.name(0)) || names.get(40).equals(GeneralMidi.name(40)), language + ": " + names);
            }
        }
        Texts.useForWindow(Language.EN);
        assertEquals(GeneralMidi.PROGRAMS, MelodyInstruments.all());
    }

    private List<String> english() throws Exception {
        return englishShown().texts();
    }

    private Shown englishShown() throws Exception {
        if (english == null) {
            english = shownIn(Language.EN);
        }
        return english;
    }

    private static Set<String> names(Shown shown, String... sameWords) {
        Set<String> names = new java.util.HashSet<>(SAME_EVERYWHERE);
        names.addAll(shown.models());
        names.addAll(List.of(sameWords));
        for (int program = 0; program < GeneralMidi.PROGRAMS.size(); program++) {
            if (SAME_INSTRUMENTS.contains(GeneralMidi.name(program))) {
                names.add((program + 1) + "  " + GeneralMidi.name(program));
            }
        }
        return names;
    }

    /** Opens the view in {@code language}, fills the strip, sets the temperature to 0.25 and reads what it shows; the app is closed after. */
    private Shown shownIn(Language language) throws Exception {
        Texts.useForWindow(language);
        MelodyView view = start();
        try {
            waitUntil("audio tried to start", () -> view.session().playback().player() != null);
            interact(() -> {
                view.session().paths().pinA();
                view.session().sample();
                view.session().paths().pinB();
                view.session().paths().interpolate();
            });
            waitUntil("the strip filled", () -> !view.session().paths().stripProperty().get().isEmpty());
            interact(() -> ((javafx.scene.control.Slider) view.lookup("#melody-temperature")).setValue(0.25));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> texts = new ArrayList<>(onFx(() -> ownTexts(view)));
            assertEquals(Set.of(), onFx(() -> SceneTexts.missingKeys(view)));
            interact(() -> {
                Node tile = view.lookup("#strip-tile-0");
                Point2D screen = tile.localToScreen(10, 10);
                Event.fireEvent(tile, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, screen.getX(), screen.getY(), false, null));
            });
            texts.addAll(onFx(MelodyLanguagesTest::contextMenuTexts));
            type(KeyCode.ESCAPE);
            String similarity = onFx(() -> ((javafx.scene.control.Labeled) view.lookup("#variation-similarity").getParent()
                    .getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("slider-value")).findFirst().orElseThrow()).getText());
            String temperature = onFx(() -> ((javafx.scene.control.Labeled) view.lookup("#melody-temperature").getParent()
                    .getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("slider-value")).findFirst().orElseThrow()).getText());
            return new Shown(texts, similarity, temperature, onFx(() -> SceneTexts.of(view.lookup("#melody-model-picker"))));
        } finally {
            closeApp();
            app = null;
        }
    }

    /** The view's texts, less the mode switch the window puts into its toolbar (not the view's), plus tile tooltips and the pad's axes. */
    private static List<String> ownTexts(MelodyView view) {
        List<String> texts = new ArrayList<>(SceneTexts.of(view));
        Node first = view.toolbar().getChildren().get(0);
        if (!first.getClass().getPackageName().equals(MelodyView.class.getPackageName())
                && !first.getClass().getPackageName().startsWith("javafx")) {
            SceneTexts.of(first).forEach(texts::remove);
        }
        for (Node tile : view.lookupAll(".strip-tile")) {
            if (tile.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip tip) {
                texts.add(tip.getText().strip());
            }
        }
        texts.addAll(List.of(view.session().planeProperty().get().axisNames()));
        return texts;
    }

    private static List<String> contextMenuTexts() {
        List<String> texts = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window instanceof ContextMenu menu && menu.isShowing()) {
                menu.getItems().stream().map(MenuItem::getText).forEach(texts::add);
            }
        }
        assertFalse(texts.isEmpty(), "a strip tile's context menu is open");
        return texts;
    }
}
