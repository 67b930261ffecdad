package org.latentexplorer.ui.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.testfx.api.FxToolkit;

/** The Record button: a drag on the pad becomes a looping GIF, saved where the save dialog says, written off the FX thread. */
class JourneyRecorderTest extends ExplorerFxTest {
    @TempDir
    Path dir;

    JourneyRecorderTest() {
        super(30_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    @Test
    void aDragRecordedWithTheRecordButtonIsSavedAsALoopingGif() throws Exception {
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(ModelCatalog.defaultRoot().resolve("mnist-vae-2d")));
        waitUntil("the model opened", () -> app.session().exploration().isOpen() && app.digitView().shown() != null);
        Path gif = dir.resolve("journey.gif");
        AtomicReference<String> suggested = new AtomicReference<>();
        JourneyRecorder recorder = onFx(() -> app.digitsView().recorder());
        interact(() -> recorder.setSaveTarget(name -> {
            suggested.set(name);
            return gif;
        }));

        clickOn("#record");
        assertTrue(onFx(recorder::isRecording), "recording after the first press");
        List<double[]> visited = new ArrayList<>();
        List<Point2D> stops = onFx(() -> List.of(app.pad().screenPointOf(-1.5, -1), app.pad().screenPointOf(0, 1.5),
                app.pad().screenPointOf(1.5, -1)));
        drag(stops.get(0), MouseButton.PRIMARY);
        for (Point2D stop : stops.subList(1, stops.size())) {
            moveTo(stop);
            waitUntil("the digit under the puck is decoded", () -> app.digitView().shown() != null
                    && java.util.Arrays.equals(app.digitView().shown().z(), app.session().exploration().point()));
            visited.add(onFx(() -> app.session().exploration().puck()));
        }
        release(MouseButton.PRIMARY);
        clickOn("#record");

        assertEquals("journey.gif", suggested.get());
        waitUntil("the GIF is written", () -> app.session().messageProperty().get().startsWith("Saved "));
        String message = onFx(() -> app.session().messageProperty().get());
        assertTrue(onFx(() -> !recorder.isRecording()), "stopped after the second press");
        assertTrue(Files.isRegularFile(gif), message);

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            assertTrue(frames >= 3, "the start and each stop of the drag are frames: " + frames);
            assertEquals("Saved " + frames + " frames to " + gif, message);
            IIOMetadataNode first0 = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            assertEquals("NETSCAPE", ((IIOMetadataNode) first0.getElementsByTagName("ApplicationExtension").item(0))
                    .getAttribute("applicationID"), "the GIF loops");
            assertEquals(2 * 256 + 36, reader.read(frames - 1).getWidth());
            assertEquals(256 + 24, reader.read(frames - 1).getHeight());
        } finally {
            reader.dispose();
        }
        assertTrue(visited.get(visited.size() - 1)[0] > 1, "the drag reached the last stop: " + visited.get(visited.size() - 1)[0]);
    }

    @Test
    void stoppingWithoutADragSavesNothingAndSaysSo() throws Exception {
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(ModelCatalog.defaultRoot().resolve("mnist-vae-2d")));
        waitUntil("the model opened", () -> app.session().exploration().isOpen() && app.digitView().shown() != null);
        JourneyRecorder recorder = onFx(() -> app.digitsView().recorder());
        AtomicReference<String> asked = new AtomicReference<>();
        interact(() -> recorder.setSaveTarget(name -> {
            asked.set(name);
            return dir.resolve("x.gif");
        }));
        clickOn("#record");
        clickOn("#record");
        assertEquals(null, asked.get(), "no save dialog for an empty recording");
        assertTrue(onFx(() -> app.session().messageProperty().get()).startsWith("Nothing recorded"));
        assertTrue(Files.notExists(dir.resolve("x.gif")));
    }
}
