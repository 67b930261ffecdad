package org.latentexplorer.ui.melodies;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentexplorer.data.Melody;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.LatentText;

/**
 * The strip under the pad: the melodies of an interpolation, a drawn path or variations as small piano
 * rolls (click one to play it, drag it onto the pad to make it the new point, right-click to export it),
 * the path tool (Draw path, points along it, Clear path) and Play strip. A MIDI file dropped here gets variations.
 */
final class MelodyStrip extends HBox {
    /** What a tile dragged onto the pad carries: its index in the strip. */
    static final DataFormat TILE = new DataFormat("application/x-latent-explorer-strip-tile");
    private static final double TILE_HEIGHT = 80;
    private final MelodySession session;
    private final HBox tiles = new HBox(6);

    MelodyStrip(MelodySession session) {
        super(12);
        this.session = session;
        Label title = new Label(MelodiesText.STRIP.text());
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Strip s = session.paths().stripProperty().get();
            return (s.isEmpty() ? MelodiesText.STRIP.text() : s.title()).toUpperCase(Texts.window().locale());
        }, session.paths().stripProperty()));
        Button playStrip = new Button(MelodiesText.PLAY_STRIP.text());
        playStrip.setId("play-strip");
        playStrip.setOnAction(e -> session.playback().playStrip());
        playStrip.disableProperty().bind(Bindings.createBooleanBinding(() -> session.paths().stripProperty().get().isEmpty(),
                session.paths().stripProperty()));
        HBox titleRow = new HBox(8, title, playStrip);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(6, titleRow, pathTools());
        head.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(MelodiesText.STRIP_HINT.text());
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        hint.visibleProperty().bind(Bindings.createBooleanBinding(() -> session.paths().stripProperty().get().isEmpty(), session.paths().stripProperty()));
        hint.managedProperty().bind(hint.visibleProperty());
        tiles.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroller = new ScrollPane(tiles);
        scroller.getStyleClass().add("strip-scroller");
        scroller.setFitToHeight(true);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setFocusTraversable(false);
        scroller.setMinViewportHeight(TILE_HEIGHT); // the tiles' numbers above the scroll bar, not under it
        scroller.setPrefViewportHeight(TILE_HEIGHT);
        scroller.setMinHeight(Region.USE_PREF_SIZE);
        scroller.visibleProperty().bind(hint.visibleProperty().not());
        scroller.managedProperty().bind(scroller.visibleProperty());
        HBox.setHgrow(scroller, Priority.ALWAYS);
        HBox.setHgrow(hint, Priority.ALWAYS);
        getChildren().addAll(head, hint, scroller);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("interpolation-strip");
        session.paths().stripProperty().addListener((obs, old, strip) -> showStrip(strip));
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
        session.playback().playStepProperty().addListener((obs, old, step) -> updatePlayhead());
        session.playback().playingProperty().addListener((obs, old, now) -> updatePlayhead());
    }

    private HBox pathTools() {
        ToggleButton drawPath = new ToggleButton(MelodiesText.DRAW_PATH.text());
        drawPath.setId("draw-path");
        drawPath.setTooltip(new Tooltip(MelodiesText.DRAW_PATH_TIP.text()));
        drawPath.selectedProperty().bindBidirectional(session.paths().drawingPathProperty());
        Spinner<Integer> points = new Spinner<>(2, 32, MelodyPaths.DEFAULT_PATH_POINTS);
        points.setId("path-points");
        points.setPrefWidth(70);
        points.setTooltip(new Tooltip(MelodiesText.PATH_POINTS_TIP.text()));
        session.paths().pathPointsProperty().bind(points.valueProperty());
        Button clear = new Button(MelodiesText.CLEAR_PATH.text());
        clear.setId("clear-path");
        clear.setTooltip(new Tooltip(MelodiesText.CLEAR_PATH_TIP.text()));
        clear.setOnAction(e -> session.paths().clearPath());
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> session.paths().drawnPathProperty().get().isEmpty(),
                session.paths().drawnPathProperty()));
        HBox tools = new HBox(6, drawPath, points, clear);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.disableProperty().bind(session.spaceProperty().isNull());
        return tools;
    }

    private void showStrip(Strip strip) {
        tiles.getChildren().clear();
        for (int i = 0; i < strip.tiles().size(); i++) {
            Shown tile = strip.tiles().get(i);
            PianoRoll small = new PianoRoll(true);
            small.show(tile.melody());
            Label number = new Label(Texts.window().plainNumber(i + 1, 0));
            number.getStyleClass().add("tile-caption");
            VBox cell = new VBox(2, small, number);
            cell.setAlignment(Pos.CENTER);
            cell.setId("strip-tile-" + i);
            cell.getStyleClass().add("strip-tile");
            cell.setCursor(Cursor.HAND);
            Tooltip.install(cell, new Tooltip(MelodiesText.TILE_TIP.format(LatentText.brief(tile.z()))));
            int index = i;
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    session.moveToShownAndPlay(tile.z());
                }
            });
            cell.setOnDragDetected(e -> {
                Dragboard board = cell.startDragAndDrop(TransferMode.MOVE);
                board.setDragView(small.snapshot(null, null));
                ClipboardContent content = new ClipboardContent();
                content.put(TILE, index);
                board.setContent(content);
                e.consume();
            });
            cell.setOnContextMenuRequested(e -> tileMenu(strip, index).show(cell, e.getScreenX(), e.getScreenY()));
            tiles.getChildren().add(cell);
        }
    }

    private ContextMenu tileMenu(Strip strip, int index) {
        Shown tile = strip.tiles().get(index);
        MenuItem play = new MenuItem(MelodiesText.TILE_PLAY.text());
        play.setOnAction(e -> session.moveToShownAndPlay(tile.z()));
        MenuItem place = new MenuItem(MelodiesText.TILE_MAKE_POINT.text());
        place.setOnAction(e -> session.paths().placeTile(index));
        MenuItem midi = new MenuItem(MelodiesText.EXPORT_MIDI.text() + "…");
        midi.setOnAction(e -> export(strip, index, false));
        MenuItem wav = new MenuItem(MelodiesText.EXPORT_WAV.text() + "…");
        wav.setOnAction(e -> export(strip, index, true));
        return new ContextMenu(play, place, midi, wav);
    }

    private void export(Strip strip, int index, boolean wav) {
        String name = strip.kind().fileName() + "-" + (index + 1);
        MelodyExportChooser.chooseAndSave(getScene().getWindow(), session, name, wav,
                file -> session.playback().export(strip.tiles().get(index).melody(), file));
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && session.space() != null) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
            session.paths().variationsOf(e.getDragboard().getFiles().get(0).toPath());
            done = true;
        }
        e.setDropCompleted(done);
        e.consume();
    }

    private void updatePlayhead() {
        int step = session.playback().playStepProperty().get();
        int tile = session.playback().playingProperty().get() == MelodyPlayback.Playing.STRIP && step >= 0 ? step / Melody.WINDOW_STEPS : -1;
        for (int i = 0; i < tiles.getChildren().size(); i++) {
            if (tiles.getChildren().get(i) instanceof VBox cell && cell.getChildren().get(0) instanceof PianoRoll small) {
                small.setHighlighted(i == tile);
                small.setPlayhead(i == tile ? step % Melody.WINDOW_STEPS : -1);
            }
        }
    }
}
