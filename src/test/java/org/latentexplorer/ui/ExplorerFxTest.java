package org.latentexplorer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.Texts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the explorer window's tests share: the headless (Monocle) stage, the app under test closed after
 * each test, queries and waits on the FX thread, and private copies of models.
 */
public abstract class ExplorerFxTest extends FxRobot {
    private final long timeoutMs;
    protected ExplorerApp app;

    protected ExplorerFxTest(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    protected static void registerHeadlessStage() throws TimeoutException {
        System.setProperty("headless.geometry", "1600x1000-32");
        FxToolkit.registerPrimaryStage();
    }

    /** The window speaks English in every test unless the test chooses otherwise (the language is the app's, not the stage's). */
    @BeforeEach
    protected void inEnglish() {
        Texts.useForWindow(Language.EN);
    }

    @AfterEach
    protected void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    protected <T> T onFx(Callable<T> query) throws ExecutionException, InterruptedException, TimeoutException {
        return WaitForAsyncUtils.asyncFx(query).get(timeoutMs, TimeUnit.MILLISECONDS);
    }

    protected void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!Boolean.TRUE.equals(onFx(condition))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Clicks the node {@code query} finds, first scrolling its scroll pane to it as a user would. */
    @Override
    public org.testfx.api.FxRobotInterface clickOn(String query, javafx.scene.input.MouseButton... buttons) {
        javafx.scene.Node node = lookup(query).query();
        try {
            onFx(() -> {
                scrollTo(node);
                return null;
            });
        } catch (ExecutionException | InterruptedException | TimeoutException e) {
            throw new IllegalStateException("could not scroll to " + query, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return super.clickOn(query, buttons);
    }

    private static void scrollTo(javafx.scene.Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroller && scroller.getContent() != null) {
                javafx.scene.Node content = scroller.getContent();
                javafx.geometry.Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double hidden = content.getLayoutBounds().getHeight() - scroller.getViewportBounds().getHeight();
                if (hidden > 0) {
                    double wanted = Math.max(0, Math.min(hidden, inContent.getMinY() - scroller.getViewportBounds().getHeight() / 3));
                    scroller.setVvalue(scroller.getVmin() + (scroller.getVmax() - scroller.getVmin()) * wanted / hidden);
                    scroller.layout();
                }
            }
        }
    }

    /** Copies the model at {@code from} to {@code to}, so a training run rewriting models/ cannot change it mid-test. */
    protected static Path copyModel(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }
}
