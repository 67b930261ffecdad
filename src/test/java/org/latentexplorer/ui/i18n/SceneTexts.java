package org.latentexplorer.ui.i18n;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * The words a user can read in a scene graph: labels and buttons, texts, prompts, tooltips, menus, tabs,
 * chart titles and axis labels, and the items of choice boxes. Call it on the FX thread. Language tests
 * compare what a view shows in English with what it shows in another language.
 */
public final class SceneTexts {
    /** Texts that read the same in every language: numbers, units, signs, and names. */
    private static final Pattern LANGUAGE_FREE = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s×x−]*");

    private SceneTexts() {
    }

    /** Every text under {@code root}, including hidden nodes (a tab not shown yet is still the user's to read). */
    public static List<String> of(Node root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    /**
     * The texts {@code translated} shows that {@code english} shows too, leaving out those that read the same
     * in any language (numbers, signs) and the {@code names} (MNIST, MIDI, a model's name…). Empty when the view is translated.
     */
    public static Set<String> untranslated(Collection<String> english, Collection<String> translated, Collection<String> names) {
        Set<String> same = new TreeSet<>(translated);
        same.retainAll(new TreeSet<>(english));
        same.removeIf(text -> LANGUAGE_FREE.matcher(text).matches() || names.contains(text.strip()));
        return same;
    }

    /** The texts under {@code root} that are a missing key's marker ({@code !digits.sample!}). */
    public static Set<String> missingKeys(Node root) {
        Set<String> missing = new TreeSet<>();
        for (String text : of(root)) {
            if (text.matches("(?s).*![a-z-]+\\.[a-z0-9.-]+!.*")) {
                missing.add(text);
            }
        }
        return missing;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            add(texts, labeled.getText());
        }
        if (node instanceof Text text) {
            add(texts, text.getText());
        }
        if (node instanceof TextInputControl input) {
            add(texts, input.getPromptText());
        }
        if (node instanceof Control control) {
            tooltip(control.getTooltip(), texts);
            if (control.getContextMenu() != null) {
                control.getContextMenu().getItems().forEach(item -> menuItem(item, texts));
            }
        }
        if (node instanceof MenuButton button) {
            button.getItems().forEach(item -> menuItem(item, texts));
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> menuItem(menu, texts));
        }
        if (node instanceof ChoiceBox<?> choice) {
            choice.getItems().forEach(item -> add(texts, choice.getConverter() == null ? String.valueOf(item) : choice.getConverter().toString(cast(item))));
        }
        if (node instanceof ComboBox<?> combo) {
            combo.getItems().forEach(item -> add(texts, combo.getConverter() == null ? String.valueOf(item) : combo.getConverter().toString(cast(item))));
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(texts, tab.getText());
                tooltip(tab.getTooltip(), texts);
                if (tab.getContent() != null) {
                    collect(tab.getContent(), texts);
                }
            }
        }
        if (node instanceof Chart chart) {
            add(texts, chart.getTitle());
        }
        if (node instanceof Axis<?> axis) {
            add(texts, axis.getLabel());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane scroller && scroller.getContent() != null
                && !scroller.getChildrenUnmodifiable().contains(scroller.getContent())) {
            collect(scroller.getContent(), texts);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object item) {
        return (T) item;
    }

    private static void menuItem(MenuItem item, List<String> texts) {
        add(texts, item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> menuItem(child, texts));
        }
    }

    private static void tooltip(Tooltip tooltip, List<String> texts) {
        if (tooltip != null) {
            add(texts, tooltip.getText());
        }
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }
}
