package org.latentexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ShapePictures;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.ui.ExplorerFxTest;

/** Training from the window on a folder of 60 pictures drawn here: its report shown, and a model whose classes are its folders. */
class TrainOwnPicturesTest extends ExplorerFxTest {
    private static final List<String> SHAPES = ShapePictures.SHAPES;

    @TempDir
    Path dir;

    TrainOwnPicturesTest() {
        super(120_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    /** 20 pictures of each of three shapes, 40 to 200 pixels, PNG, JPEG and GIF, some dark on light; and a broken PNG. */
    private Path drawShapes() throws IOException {
        Path images = dir.resolve("shapes");
        Random random = new Random(5);
        for (int i = 0; i < 60; i++) {
            String shape = SHAPES.get(i % 3);
            int side = 40 + random.nextInt(161);
            boolean darkOnLight = i % 4 == 0;
            BufferedImage image = ShapePictures.draw(shape, side, darkOnLight, random);
            String format = List.of("png", "jpg", "gif").get(i % 3 == 0 ? 0 : (i / 3) % 3);
            Path file = images.resolve(shape).resolve(String.format("%s-%02d.%s", shape, i, format));
            ShapePictures.write(image, format, file);
        }
        byte[] png = Files.readAllBytes(images.resolve("circles/circles-00.png"));
        Files.write(images.resolve("squares/broken.png"), Arrays.copyOf(png, png.length / 3));
        return images;
    }

    @Test
    void aFolderOfYourOwnPicturesIsReportedFolderByFolderAndTrainsAModelWhoseClassesAreTheFolders() throws Exception {
        Path images = drawShapes();
        Path models = Files.createDirectories(dir.resolve("models"));
        app = TrainViewTest.openOnTrain(this, models);
        TrainView view = app.trainView();
        clickOn("#train-own");
        clickOn("#train-start");
        assertEquals("Choose a folder of pictures first.", onFx(view::statusText));
        assertTrue(!view.isRunning());

        interact(() -> view.pictures().read(images)); // what the folder chooser hands over
        waitUntil("the folder is read", () -> view.pictures().loaded() != null);
        List<String> report = onFx(() -> view.pictures().reportText()).lines().toList();
        assertEquals("images in " + images + ": 60 read, 1 skipped; 3 classes, 54 for training, 6 for testing", report.get(0));
        assertTrue(report.contains("  squares: 20 read (18 train, 2 test), 5 inverted (dark on light), 1 skipped"), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.startsWith("    skipped squares/broken.png: cannot read the picture (")),
                report.toString());
        Node shown = lookup("#train-folder-report").query();
        assertTrue(shown.isVisible() && ((Label) shown).getText().equals(String.join("\n", report)), "the report is on the screen");
        assertEquals("my-shapes-2d", onFx(() -> view.form().settings().name()), "the name follows the folder");

        // typed, not entered: Start takes it
        clickOn("#train-epochs .text-field").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("6");
        clickOn("#train-start");
        waitUntil("training finished", () -> !view.isRunning() && view.savedModel() != null);
        assertEquals(6, onFx(() -> view.panel().chart().testSeries().getData().size()));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), onFx(() -> view.panel().map().epochsDrawn()));
        assertEquals(6, onFx(() -> view.panel().map().scatter().size()), "the held-out pictures are the map's dots");

        try (LatentSpace space = LatentSpace.open(models.resolve("my-shapes-2d"))) {
            assertEquals(SHAPES, space.classNames(), "the legend's names are the folders'");
            assertEquals("shapes", space.card().dataset().name());
            assertEquals(54, space.card().dataset().trainImages());
            assertEquals(6, space.card().training().epochs());
            assertEquals(List.of(0, 1, 2), Arrays.stream(space.latentMap().orElseThrow().labels()).distinct().sorted().boxed().toList());
        }
    }
}
