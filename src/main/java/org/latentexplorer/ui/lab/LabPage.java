package org.latentexplorer.ui.lab;

import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.latentexplorer.latent.LatestWinsDecoder;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;

/**
 * One page of the lab: its models open on the page's own worker thread the first time the page is
 * shown (so the window opens fast), all model work runs there latest-wins, and what goes wrong is said
 * in the page's status line in plain words.
 *
 * @param <S> what the page opens: its models and data, closed when the page closes
 */
abstract class LabPage<S extends AutoCloseable> extends BorderPane {
    private final LatestWinsDecoder<S> worker;
    private final ObjectProperty<S> opened = new SimpleObjectProperty<>();
    private final Label status = new Label();
    private boolean opening;

    LabPage(String name, Executor fxThread) {
        worker = new LatestWinsDecoder<>("lab-" + name, fxThread, e -> complain(LabText.FAILED.format(message(e))));
        getStyleClass().add("lab-page");
        status.getStyleClass().add("lab-status");
        status.setId(name + "-status");
        status.setWrapText(true);
        setBottom(status);
        say(LabText.OPENING.text());
    }

    /** Opens the page's models unless done already. */
    final void open() {
        if (opening) {
            return;
        }
        opening = true;
        worker.open(this::load, resource -> {
            opened.set(resource);
            say("");
            shown(resource);
        }, e -> complain(LabText.OPEN_FAILED.format(message(e))));
    }

    /**
     * Shows {@code content} under the page's bar, in a scroll pane: it fills the page when there is room,
     * and scrolls rather than being cut off on a small screen.
     */
    final void setContent(javafx.scene.Node content) {
        javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("lab-scroller");
        scroller.setFocusTraversable(false); // else a click on a map would hand the focus to the scroll pane
        setCenter(scroller);
    }

    /** Loads the models and data on the worker thread. */
    abstract S load() throws Exception;

    /** Called on the FX thread once the models are open. */
    abstract void shown(S resource);

    /** Runs {@code work} on the worker, newest-wins per lane, and hands the result to {@code onResult} on the FX thread. */
    final <R> void run(Lane lane, java.util.function.Function<? super S, ? extends R> work, java.util.function.Consumer<? super R> onResult) {
        S resource = opened.get();
        if (resource != null) {
            worker.post(lane, resource, work, onResult);
        }
    }

    final S resource() {
        return opened.get();
    }

    final ObjectProperty<S> openedProperty() {
        return opened;
    }

    /** A problem, in the warning colour. */
    final void complain(String text) {
        say(text);
        status.getStyleClass().add("problem");
    }

    /** A note on what is going on; empty hides the line. */
    final void say(String text) {
        status.getStyleClass().remove("problem");
        status.setText(text);
        status.setVisible(!text.isEmpty());
        status.setManaged(!text.isEmpty());
    }

    final Label status() {
        return status;
    }

    void close() {
        worker.close();
    }

    static String message(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getReason() == null ? LabText.NOT_FOUND.format(missing.getFile()) : missing.getFile() + ": " + missing.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
