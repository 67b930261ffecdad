package org.latentexplorer.ui.exhibit;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.melodies.MelodyPad;
import org.latentexplorer.ui.melodies.MelodyPlane;
import org.latentexplorer.ui.melodies.MelodyPlayback;
import org.latentexplorer.ui.melodies.MelodySession;
import org.latentexplorer.ui.melodies.PianoRoll;
import org.latentexplorer.ui.widgets.Viewport;

/**
 * The Melodies view of the exhibit: the Melodies view's pad and piano roll on their own session, a big
 * Play button, and a plain note when the computer has no sound (the tour goes on without it).
 */
final class MelodiesExhibit implements ExhibitPage {
    private static final int TOUR_STOPS = 8;
    private static final long TOUR_SEED = 11;

    private final MelodySession session;
    private final Texts texts;
    private final MelodyPad pad;
    private final PianoRoll roll = new PianoRoll(false);
    private final Region node;
    private StackPane padLayer;
    private boolean tourPlays;

    MelodiesExhibit(Path model, Texts texts, MelodyPlayer.SynthesizerSource audio) {
        this.texts = texts;
        session = new MelodySession(Platform::runLater, audio);
        pad = new MelodyPad(session);
        TouchPad.attach(pad, pad::latentAt, this::movePuck, session.viewportProperty());
        session.shownProperty().addListener((obs, old, now) -> roll.show(now == null ? null : now.melody()));
        session.playback().playStepProperty().addListener((obs, old, step) -> updatePlayhead());
        session.playback().playingProperty().addListener((obs, old, now) -> updatePlayhead());
        node = layout();
        session.setOnOpenFailed((directory, problem) -> System.err.println("latent: exhibit: cannot open " + directory + ": " + problem));
        session.open(model);
    }

    private Region layout() {
        VBox.setVgrow(pad, Priority.ALWAYS);
        padLayer = new StackPane(pad, ExhibitShell.loadingNotice(texts, session.spaceProperty().isNull(), session.openingProperty()));
        HBox.setHgrow(padLayer, Priority.ALWAYS);

        Label plays = new Label(texts.text(ExhibitText.MELODIES_PLAYS));
        plays.getStyleClass().add("exhibit-side-title");
        roll.setId("exhibit-roll");
        roll.getStyleClass().add("exhibit-roll");
        Button play = new Button();
        play.setId("exhibit-play");
        play.getStyleClass().addAll("exhibit-button", "exhibit-play");
        play.textProperty().bind(Bindings.when(session.playback().playingProperty().isEqualTo(MelodyPlayback.Playing.NOTHING))
                .then("▶  " + texts.text(ExhibitText.PLAY)).otherwise("■  " + texts.text(ExhibitText.STOP)));
        play.setOnAction(e -> {
            tourPlays = false;
            session.playback().togglePlay();
        });
        play.disableProperty().bind(session.spaceProperty().isNull());
        Label noSound = new Label(texts.text(ExhibitText.NO_SOUND));
        noSound.setId("exhibit-no-sound");
        noSound.getStyleClass().add("exhibit-note");
        noSound.setWrapText(true);
        noSound.setVisible(false);
        noSound.managedProperty().bind(noSound.visibleProperty());
        // the player opens on its own thread; once it has, say so when it found no sound
        session.playback().audioStateProperty().addListener((obs, old, now) -> noSound.setVisible(!soundWorks()));
        play.visibleProperty().bind(noSound.visibleProperty().not());
        play.managedProperty().bind(play.visibleProperty());

        VBox side = new VBox(18, plays, roll, play, noSound);
        side.getStyleClass().add("exhibit-side");
        side.setAlignment(Pos.TOP_CENTER);
        HBox page = new HBox(24, padLayer, side);
        page.getStyleClass().add("exhibit-page");
        page.setId("exhibit-melodies");
        return page;
    }

    private boolean soundWorks() {
        MelodyPlayer player = session.playback().player();
        return player != null && player.available();
    }

    private void updatePlayhead() {
        int step = session.playback().playStepProperty().get();
        boolean point = session.playback().playingProperty().get() == MelodyPlayback.Playing.POINT;
        roll.setPlayhead(point && roll.melody() != null ? step % roll.melody().length() : -1);
    }

    @Override
    public ExhibitView view() {
        return ExhibitView.MELODIES;
    }

    @Override
    public Region node() {
        return node;
    }

    @Override
    public StackPane padLayer() {
        return padLayer;
    }

    @Override
    public String hint() {
        return texts.text(ExhibitText.MELODIES_HINT);
    }

    @Override
    public List<String> captions() {
        MelodySpace space = session.space();
        return ExhibitPage.captions(texts, ExhibitText.MELODIES_CAPTIONS, ExhibitText.CAPTION_MELODIES_LEARNED, space == null ? null : space.card().dataset());
    }

    @Override
    public List<double[]> tourStops() {
        if (session.planeProperty().get() == null) {
            return List.of();
        }
        return TourStops.groupCentres(session.scatterProperty().get(), TOUR_STOPS, TOUR_SEED);
    }

    @Override
    public ObjectProperty<Viewport> viewportProperty() {
        return session.viewportProperty();
    }

    @Override
    public double[] puck() {
        return session.puck();
    }

    @Override
    public void movePuck(double u, double v) {
        session.moveOnPad(u, v);
    }

    @Override
    public void surprise() {
        session.sample();
    }

    @Override
    public void wholeMap() {
        MelodyPlane plane = session.planeProperty().get();
        if (plane != null) {
            session.viewportProperty().set(plane.fittingView(session.scatterProperty().get()));
        }
    }

    @Override
    public void tourStarted() {
        if (soundWorks() && session.playback().playingProperty().get() == MelodyPlayback.Playing.NOTHING && session.shownProperty().get() != null) {
            session.playback().loopProperty().set(true);
            session.playback().play(); // the loop takes each new melody at the next bar line as the puck moves
            tourPlays = true;
        }
    }

    @Override
    public void tourStopped() {
        if (tourPlays) {
            session.playback().stop();
            tourPlays = false;
        }
    }

    @Override
    public void reset() {
        tourStopped();
        session.playback().stop();
        wholeMap();
        Viewport view = session.viewportProperty().get();
        movePuck(view.centerU(), view.centerV());
    }

    @Override
    public void close() {
        session.close();
    }

    // ---- for tests

    MelodySession session() {
        return session;
    }

    PianoRoll roll() {
        return roll;
    }

    Node pad() {
        return pad;
    }
}
