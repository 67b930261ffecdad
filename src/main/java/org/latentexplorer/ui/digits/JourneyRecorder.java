package org.latentexplorer.ui.digits;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentexplorer.data.AnimatedGif;
import org.latentexplorer.latent.JourneyPicture;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.CommonText;
import org.latentexplorer.ui.widgets.Problems;
import org.latentexplorer.ui.widgets.Scatter;
import org.latentexplorer.ui.widgets.Viewport;

/**
 * The Record button of the Digits view: while it is on, every digit the pad decodes becomes a frame (the digit beside the
 * pad with its dots and the puck, as {@code ./latent record} draws them); pressing it again asks where to save the
 * animated GIF and writes it on a thread of its own, each frame shown as long as it was on the screen.
 */
public final class JourneyRecorder extends HBox {
    /** About 25 seconds of dragging at the pace the pad decodes: enough for a journey, little memory. */
    static final int MAX_FRAMES = 1500;
    private static final int PANEL_SIDE = 256;
    private static final int MIN_CENTISECONDS = 2;
    private static final int MAX_CENTISECONDS = 100;

    /** What the screen showed when a digit arrived. */
    private record Shot(float[] pixels, int rows, int cols, double u, double v, Scatter scatter, Viewport view, long nanos) {
    }

    private final ExplorerSession session;
    private final Button button = new Button(Texts.window().text(DigitsText.RECORD));
    private final ChangeListener<Decoded> onDigit = (obs, old, decoded) -> shoot(decoded);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "journey-writer");
        thread.setDaemon(true);
        return thread;
    });
    private Function<String, Path> saveTarget;
    private List<Shot> shots;

    /** {@code window} owns the save dialog. */
    JourneyRecorder(ExplorerSession session, Supplier<Window> window) {
        super(6);
        this.session = session;
        saveTarget = suggested -> askWhere(window.get(), suggested);
        button.setId("record");
        button.setTooltip(new Tooltip(Texts.window().text(DigitsText.RECORD_TIP)));
        button.setOnAction(e -> toggle());
        button.disableProperty().bind(session.exploration().spaceProperty().isNull());
        getChildren().add(button);
        session.exploration().spaceProperty().addListener((obs, old, space) -> {
            if (isRecording()) {
                stopListening();
                session.messageProperty().set(Texts.window().text(DigitsText.RECORDING_STOPPED_NEW_MODEL));
            }
        });
    }

    public boolean isRecording() {
        return shots != null;
    }

    /** Where the GIF goes, given the suggested file name (null: not saved); the window asks with a save dialog. */
    public void setSaveTarget(Function<String, Path> target) {
        saveTarget = target;
    }

    private void toggle() {
        if (isRecording()) {
            stop();
        } else {
            start();
        }
    }

    private void start() {
        shots = new ArrayList<>();
        button.setText(Texts.window().text(DigitsText.STOP));
        button.getStyleClass().add("recording");
        session.digitProperty().addListener(onDigit);
        shoot(session.digitProperty().get());
        session.messageProperty().set(Texts.window().text(DigitsText.RECORDING));
    }

    private void stop() {
        List<Shot> recorded = stopListening();
        if (recorded.size() < 2) {
            session.messageProperty().set(Texts.window().text(DigitsText.NOTHING_RECORDED));
            return;
        }
        Path target = saveTarget.apply("journey.gif");
        if (target == null) {
            session.messageProperty().set(Texts.window().text(DigitsText.RECORDING_NOT_SAVED));
            return;
        }
        session.messageProperty().set(Texts.window().format(DigitsText.SAVING_FRAMES, recorded.size(), target.toString()));
        writer.execute(() -> {
            String outcome;
            try {
                write(target, recorded);
                outcome = Texts.window().format(DigitsText.SAVED_FRAMES, recorded.size(), target.toString());
            } catch (IOException | RuntimeException e) {
                outcome = Texts.window().format(CommonText.SAVE_FAILED, target.toString(), Problems.describe(e));
            }
            String said = outcome;
            Platform.runLater(() -> session.messageProperty().set(said));
        });
    }

    private List<Shot> stopListening() {
        session.digitProperty().removeListener(onDigit);
        List<Shot> recorded = shots;
        shots = null;
        button.setText(Texts.window().text(DigitsText.RECORD));
        button.getStyleClass().remove("recording");
        return recorded;
    }

    private void shoot(Decoded decoded) {
        LatentSpace space = session.exploration().space();
        if (decoded == null || space == null || !isRecording()) {
            return;
        }
        if (shots.size() >= MAX_FRAMES) {
            stop();
            return;
        }
        double[] uv = session.exploration().plane().project(decoded.z());
        shots.add(new Shot(decoded.image().pixels(), decoded.image().height(), decoded.image().width(), uv[0], uv[1],
                session.scatterProperty().get(), session.viewportProperty().get(), System.nanoTime()));
    }

    /** Draws and writes the frames (off the FX thread); the trail is the way the puck came. */
    private static void write(Path target, List<Shot> shots) throws IOException {
        List<double[]> trail = new ArrayList<>();
        JourneyPicture[] picture = new JourneyPicture[1];
        Shot[] drawnFor = new Shot[1];
        AnimatedGif.write(target, shots.size(), i -> {
            Shot shot = shots.get(i);
            if (drawnFor[0] == null || drawnFor[0].scatter() != shot.scatter() || !drawnFor[0].view().equals(shot.view())) {
                Scatter s = shot.scatter();
                Viewport view = shot.view();
                picture[0] = new JourneyPicture(new JourneyPicture.Pad(s.us(), s.vs(), s.labels(), view.centerU(), view.centerV(),
                        view.halfSpan()), PANEL_SIDE);
                drawnFor[0] = shot;
            }
            trail.add(new double[] {shot.u(), shot.v()});
            long shown = i + 1 < shots.size() ? shots.get(i + 1).nanos() - shot.nanos() : 1_000_000_000L;
            int centiseconds = (int) Math.max(MIN_CENTISECONDS, Math.min(MAX_CENTISECONDS, shown / 10_000_000L));
            return new AnimatedGif.Frame(picture[0].frame(shot.pixels(), shot.rows(), shot.cols(), shot.u(), shot.v(), trail),
                    centiseconds);
        });
    }

    private static Path askWhere(Window owner, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.window().text(DigitsText.SAVE_JOURNEY_TITLE));
        chooser.setInitialFileName(suggested);
        File pictures = new File(System.getProperty("user.home"), "Pictures");
        chooser.setInitialDirectory(pictures.isDirectory() ? pictures : new File(System.getProperty("user.home")));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.window().text(DigitsText.GIF_FILTER), "*.gif"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        return (name.endsWith(".gif") ? file : new File(file.getPath() + ".gif")).toPath();
    }
}
