package org.latentexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.ui.ExplorerFxTest;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.SceneTexts;
import org.latentexplorer.ui.i18n.Texts;

/** The Train view, its questions and its numbers in English, Finnish, Hungarian and Polish: no English left, no missing key. */
class TrainLanguageTest extends ExplorerFxTest {
    /** Names that read the same in every language: the data sets, and the model's suggested folder name (ASCII, as the CLI takes it). */
    private static final Set<String> NAMES = Set.of("MNIST", "Fashion-MNIST", "my-mnist-2d");

    @TempDir
    Path dir;

    TrainLanguageTest() {
        super(120_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    /** What the Train view, the window's title, the Replace question and the Stop question say in {@code language}. */
    private List<String> wordsIn(Language language, Path models) throws Exception {
        Texts.useForWindow(language);
        app = TrainViewTest.openOnTrain(this, models);
        TrainView view = app.trainView();
        List<String> words = new ArrayList<>(onFx(() -> SceneTexts.of(view.getScene().getRoot())));
        assertEquals(Set.of(), onFx(() -> SceneTexts.missingKeys(view.getScene().getRoot())), language + ": the view");
        words.add(onFx(() -> ((Stage) view.getScene().getWindow()).getTitle()));

        clickOn("#train-name").eraseText(onFx(() -> view.form().settings().name()).length()).write("taken");
        clickOn("#train-start");
        words.addAll(dialogWords("#train-replace-question", language));
        clickOn("#train-replace-cancel");
        assertFalse(view.isRunning(), "Cancel starts nothing");

        interact(() -> StopQuestion.ask(view.getScene().getWindow(), Texts.window().text(TrainText.STILL_LEARNING), answer -> { }));
        words.addAll(dialogWords("#train-stop-question", language));
        clickOn("#train-keep-training");
        closeApp();
        app = null;
        return words;
    }

    private List<String> dialogWords(String id, Language language) throws Exception {
        waitUntil(id, () -> lookup(id).tryQuery().isPresent());
        DialogPane pane = lookup(id).queryAs(DialogPane.class);
        List<String> words = new ArrayList<>(onFx(() -> SceneTexts.of(pane)));
        words.add(onFx(() -> ((Stage) pane.getScene().getWindow()).getTitle()));
        assertEquals(Set.of(), onFx(() -> SceneTexts.missingKeys(pane)), language + ": " + id);
        return words;
    }

    @Test
    void theViewAndItsQuestionsLeaveNoEnglishInFinnishHungarianAndPolish() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        copyModel(ModelCatalog.defaultRoot().resolve("mnist-vae-2d"), models.resolve("taken"));
        List<String> english = wordsIn(Language.EN, models);
        assertTrue(english.containsAll(List.of("Start", "Handwritten digits (MNIST)", "How much it gets wrong (lower is better)",
                "loss while it learns", "Latent Explorer — Train", "Replace", "Cancel", "Keep training", "Stop training",
                "Teach a new model and watch it learn")), english.toString());

        for (Language language : List.of(Language.FI, Language.HU, Language.PL)) {
            List<String> translated = wordsIn(language, models);
            assertEquals(english.size(), translated.size(), language + " shows as many texts as English: " + translated);
            assertEquals(Set.of(), SceneTexts.untranslated(english, translated, NAMES), language + " leaves no English");
        }
    }

    @Test
    void trainingInHungarianReportsTheFolderAndWritesItsNumbersWithADecimalComma() throws Exception {
        Path pictures = drawPictures();
        Texts.useForWindow(Language.HU);
        app = TrainViewTest.openOnTrain(this, Files.createDirectories(dir.resolve("models")));
        TrainView view = app.trainView();
        assertEquals("Latent Explorer — Tanítás", onFx(() -> ((Stage) view.getScene().getWindow()).getTitle()));
        clickOn("#train-own");
        clickOn("#train-start");
        assertEquals("Előbb válassz egy mappát képekkel.", onFx(view::statusText));

        interact(() -> view.pictures().read(pictures));
        waitUntil("the folder is read", () -> view.pictures().loaded() != null);
        List<String> report = onFx(() -> view.pictures().reportText()).lines().toList();
        assertEquals("képek itt: " + pictures + ": 24 beolvasva, 1 kihagyva; 2 fajta, 22 tanításra, 2 tesztre", report.get(0));
        assertTrue(report.contains("  bars: 12 beolvasva (11 tanításra, 1 tesztre), 1 kihagyva"), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.startsWith("    kihagyva: bars/broken.png: ")), "the file named, the reader's reason kept: " + report);

        // typed, not entered (Enter would press Start, the default button): Start takes it
        clickOn("#train-epochs .text-field").push(KeyCode.CONTROL, KeyCode.A).write("2");
        clickOn("#train-start");
        waitUntil("training finished", () -> !view.isRunning() && view.savedModel() != null);
        String status = onFx(view::statusText);
        assertTrue(status.matches("Mentve ezen a néven: my-shapes-2d\\. Teszt −ELBO \\d+,\\d \\(a kisebb a jobb\\)\\. .*"), status);
        assertEquals("Amit 2 kör után rajzol", lookup("#train-samples-caption").queryLabeled().getText());

        NumberAxis lossAxis = onFx(() -> (NumberAxis) view.panel().chart().getYAxis());
        assertEquals("162,5", onFx(() -> lossAxis.getTickLabelFormatter().toString(162.5)), "the loss axis's ticks");
        Node root = onFx(() -> view.getScene().getRoot());
        assertEquals(Set.of(), onFx(() -> SceneTexts.missingKeys(root)));
        List<String> shown = onFx(() -> SceneTexts.of(root));
        assertTrue(shown.containsAll(List.of("bars", "rings")), "the folders' names are the legend's, as they are: " + shown);
    }

    /** Two folders of twelve 28x28 pictures each (bars and rings) and a broken PNG. */
    private Path drawPictures() throws Exception {
        Path pictures = dir.resolve("shapes");
        for (String kind : List.of("bars", "rings")) {
            Path folder = Files.createDirectories(pictures.resolve(kind));
            for (int i = 0; i < 12; i++) {
                BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                if (kind.equals("bars")) {
                    g.fillRect(10 + i % 4, 4, 6, 20);
                } else {
                    g.drawOval(5 + i % 3, 5, 16, 16);
                }
                g.dispose();
                assertTrue(ImageIO.write(image, "png", folder.resolve(kind + "-" + i + ".png").toFile()));
            }
        }
        Files.write(pictures.resolve("bars").resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        return pictures;
    }
}
