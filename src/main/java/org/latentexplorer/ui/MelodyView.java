package org.latentexplorer.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.music.GeneralMidi;

/**
 * The Melodies view: the melody model picker and tools on top, the pad in the middle, the piano roll,
 * transport and plane controls on the right, the strip of an interpolation or drawn path below, and a
 * status line.
 */
public final class MelodyView extends BorderPane {
    private final MelodySession session;
    private final ToolBar toolbar;
    private final MelodyPad pad;
    private final PianoRoll roll = new PianoRoll(false);
    private final HBox tiles = new HBox(6);
    private final ComboBox<ModelCatalog.Entry> models = new ComboBox<>();
    private MelodySession.Shown shown;
    private boolean following;

    public MelodyView(MelodySession session) {
        this.session = session;
        getStyleClass().addAll("explorer", "melody-view");
        toolbar = buildToolbar();
        pad = new MelodyPad(session);
        setTop(toolbar);
        setCenter(padPage());
        setRight(sidePanel());
        setBottom(new VBox(strip(), statusBar()));

        session.shownProperty().addListener((obs, old, now) -> {
            shown = now;
            roll.show(now == null ? null : now.melody());
        });
        session.playStepProperty().addListener((obs, old, step) -> updatePlayhead());
        session.playingProperty().addListener((obs, old, now) -> updatePlayhead());
        session.stripProperty().addListener((obs, old, strip) -> showStrip(strip));
        session.spaceProperty().addListener((obs, old, space) -> follow(space));
    }

    public ToolBar toolbar() {
        return toolbar;
    }

    // ---- toolbar

    private ToolBar buildToolbar() {
        models.setId("melody-model-picker");
        models.getItems().setAll(ModelCatalog.list(ModelCatalog.defaultRoot(), ModelKind.MELODY));
        models.setCellFactory(list -> new EntryCell());
        models.setButtonCell(new EntryCell());
        models.setPrefWidth(210);
        models.valueProperty().addListener((obs, old, entry) -> {
            if (!following && entry != null && (session.space() == null || !ModelPicker.sameDirectory(session.space().directory(), entry.directory()))) {
                session.open(entry.directory());
            }
        });
        models.disableProperty().bind(session.openingProperty());
        Button open = new Button("Open…");
        open.setId("melody-open-model");
        open.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a melody model directory");
            File root = ModelCatalog.defaultRoot().toFile();
            if (root.isDirectory()) {
                chooser.setInitialDirectory(root);
            }
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                session.open(chosen.toPath());
            }
        });
        Label label = new Label("Model");
        label.getStyleClass().add("toolbar-label");

        ToggleButton drawPath = new ToggleButton("Draw path");
        drawPath.setId("draw-path");
        drawPath.setTooltip(new Tooltip("Drag on the pad to draw a path: N points along it become one tune"));
        drawPath.selectedProperty().bindBidirectional(session.drawingPathProperty());
        Spinner<Integer> points = new Spinner<>(2, 32, MelodySession.DEFAULT_PATH_POINTS);
        points.setId("path-points");
        points.setPrefWidth(70);
        points.setTooltip(new Tooltip("Points along the path (two bars each)"));
        session.pathPointsProperty().bind(points.valueProperty());
        Spinner<Integer> frames = new Spinner<>(2, 16, MelodySession.DEFAULT_TILES);
        frames.setId("strip-tiles");
        frames.setPrefWidth(70);
        frames.setTooltip(new Tooltip("Melodies from A to B"));
        session.tilesProperty().bind(frames.valueProperty());

        MenuButton export = new MenuButton("Export");
        export.setId("melody-export");
        export.getItems().addAll(
                exportItem("Melody as MIDI…", false, false),
                exportItem("Melody as WAV…", false, true),
                exportItem("Strip tune as MIDI…", true, false),
                exportItem("Strip tune as WAV…", true, true));

        ToolBar bar = new ToolBar(label, models, open, new Separator(),
                button("Sample", "melody-sample", "A random point from the prior", session::sample),
                button("Pin A", "melody-pin-a", "Pin the current melody as A", session::pinA),
                button("Pin B", "melody-pin-b", "Pin the current melody as B", session::pinB),
                button("Interpolate", "melody-interpolate", "Melodies from A to B in the strip", session::interpolate),
                frames, new Separator(), drawPath, points, new Separator(), export);
        for (var node : bar.getItems()) {
            if (node != models && node != open && node != label && !(node instanceof Separator)) {
                ((Region) node).disableProperty().bind(session.spaceProperty().isNull());
            }
        }
        return bar;
    }

    private Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private MenuItem exportItem(String text, boolean tune, boolean wav) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> chooseAndExport(tune, wav));
        return item;
    }

    private void chooseAndExport(boolean tune, boolean wav) {
        if (tune && session.stripProperty().get().isEmpty()) {
            session.messageProperty().set("The strip is empty: interpolate or draw a path first");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(wav ? "Export WAV" : "Export MIDI");
        chooser.setInitialFileName((tune ? "tune" : "melody") + (wav ? ".wav" : ".mid"));
        chooser.getExtensionFilters().add(wav ? new FileChooser.ExtensionFilter("WAV audio", "*.wav")
                : new FileChooser.ExtensionFilter("MIDI file", "*.mid", "*.midi"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        session.messageProperty().set("Saving " + file.getName() + "…");
        Thread saver = new Thread(() -> {
            String result;
            try {
                Melody written = tune ? session.exportTune(file.toPath()) : session.exportMelody(file.toPath());
                result = "Saved " + file + " (" + written.length() / Melody.STEPS_PER_BAR + " bars)";
            } catch (IOException | RuntimeException ex) {
                result = "Could not save " + file + ": " + ExplorerSession.describe(ex);
            }
            String text = result;
            Platform.runLater(() -> session.messageProperty().set(text));
        }, "melody-export");
        saver.setDaemon(true);
        saver.start();
    }

    /** Exports the melody at the puck (MIDI, or WAV by extension) on the calling thread. */
    public Melody exportMelody(Path file) throws IOException {
        return session.exportMelody(file);
    }

    // ---- pad

    private VBox padPage() {
        VBox.setVgrow(pad, Priority.ALWAYS);
        Label hint = new Label("Drag the puck to hear the melody there · hover a dot for its song · drop a MIDI file on the pad");
        hint.getStyleClass().add("hint");
        VBox page = new VBox(6, pad, hint);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("pad-page");
        return page;
    }

    // ---- side panel

    private VBox sidePanel() {
        roll.setId("piano-roll");
        Label caption = new Label();
        caption.getStyleClass().add("digit-caption");
        caption.textProperty().bind(Bindings.createStringBinding(() -> {
            MelodySession.Shown now = session.shownProperty().get();
            return now == null ? "" : now.melody().noteCount() + " notes · z = " + LatentText.brief(now.z());
        }, session.shownProperty()));

        Button play = new Button("Play");
        play.setId("melody-play");
        play.getStyleClass().add("play-button");
        play.textProperty().bind(Bindings.when(session.playingProperty().isEqualTo(MelodySession.Playing.NOTHING))
                .then("▶ Play").otherwise("■ Stop"));
        play.setOnAction(e -> session.togglePlay());
        play.disableProperty().bind(session.spaceProperty().isNull());
        ToggleButton loop = new ToggleButton("Loop");
        loop.setId("melody-loop");
        loop.selectedProperty().bindBidirectional(session.loopProperty());
        Button jfugue = new Button("JFugue");
        jfugue.setId("melody-jfugue");
        jfugue.setTooltip(new Tooltip("Play the melody once through JFugue's player"));
        jfugue.setOnAction(e -> session.playWithJFugue());
        jfugue.disableProperty().bind(session.spaceProperty().isNull());
        HBox transport = new HBox(6, play, loop, jfugue);
        transport.setAlignment(Pos.CENTER_LEFT);

        Spinner<Integer> tempo = new Spinner<>(60, 200, MelodySession.DEFAULT_TEMPO, 5);
        tempo.setId("melody-tempo");
        tempo.setEditable(true);
        tempo.setPrefWidth(90);
        session.tempoProperty().bind(tempo.valueProperty());
        ComboBox<Integer> instrument = new ComboBox<>();
        instrument.setId("melody-instrument");
        for (int p = 0; p < GeneralMidi.PROGRAMS.size(); p++) {
            instrument.getItems().add(p);
        }
        instrument.setCellFactory(list -> new ProgramCell());
        instrument.setButtonCell(new ProgramCell());
        instrument.setValue(0);
        instrument.setVisibleRowCount(14);
        instrument.setMaxWidth(Double.MAX_VALUE);
        instrument.valueProperty().addListener((obs, old, p) -> session.programProperty().set(p == null ? 0 : p));
        Slider temperature = new Slider(0, 1.5, 0);
        temperature.setId("melody-temperature");
        temperature.setBlockIncrement(0.1);
        temperature.setMaxWidth(Double.MAX_VALUE);
        temperature.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                session.temperatureProperty().set(round(temperature.getValue()));
            }
        });
        temperature.valueProperty().addListener((obs, old, t) -> {
            if (!temperature.isValueChanging()) {
                session.temperatureProperty().set(round(t.doubleValue()));
            }
        });
        Label temperatureValue = new Label();
        temperatureValue.getStyleClass().add("slider-value");
        temperatureValue.textProperty().bind(Bindings.createStringBinding(() -> session.temperatureProperty().get() == 0
                ? "0 (argmax)" : String.format(Locale.ROOT, "%.2f", session.temperatureProperty().get()),
                session.temperatureProperty()));

        GridPane settings = new GridPane();
        settings.getStyleClass().add("melody-settings");
        settings.setHgap(10);
        settings.setVgap(8);
        HBox tempoBox = new HBox(8, tempo, key("bpm"));
        tempoBox.setAlignment(Pos.CENTER_LEFT);
        settings.addRow(0, key("Tempo"), tempoBox);
        settings.addRow(1, key("Instrument"), instrument);
        GridPane.setColumnSpan(instrument, 2);
        settings.addRow(2, key("Temperature"), temperature, temperatureValue);
        GridPane.setHgrow(temperature, Priority.ALWAYS);

        VBox side = new VBox(10, title("Decoded melody"), roll, caption, transport, settings, new Separator(),
                title("Pad plane"), planeChooser(), cornerControls());
        side.getStyleClass().add("side-panel");
        side.setMinWidth(400);
        side.setPrefWidth(470);
        side.setMaxWidth(560);
        return side;
    }

    private static double round(double t) {
        return Math.round(t * 20) / 20.0;
    }

    private HBox planeChooser() {
        ToggleGroup group = new ToggleGroup();
        RadioButton principal = new RadioButton("Principal plane");
        principal.setId("melody-plane-principal");
        principal.setToggleGroup(group);
        principal.setSelected(true);
        RadioButton corners = new RadioButton("Corners (blend of four)");
        corners.setId("melody-plane-corners");
        corners.setToggleGroup(group);
        group.selectedToggleProperty().addListener((obs, old, now) -> session.planeKindProperty().set(
                now == corners ? MelodySession.PlaneKind.CORNERS : MelodySession.PlaneKind.PRINCIPAL));
        HBox box = new HBox(14, principal, corners);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private GridPane cornerControls() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.getStyleClass().add("corner-controls");
        ToggleGroup picking = new ToggleGroup();
        for (int c = 0; c < 4; c++) {
            int index = c;
            Label name = new Label("Corner " + MelodySession.cornerName(c));
            name.getStyleClass().add("summary-key");
            Button sample = new Button("Sample");
            sample.setId("corner-sample-" + c);
            sample.setOnAction(e -> session.sampleCorner(index));
            ToggleButton pick = new ToggleButton("Pick a dot");
            pick.setId("corner-pick-" + c);
            pick.setToggleGroup(picking);
            pick.setTooltip(new Tooltip("Then click a corpus dot on the pad"));
            pick.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    session.cornerToPickProperty().set(index);
                } else if (Integer.valueOf(index).equals(session.cornerToPickProperty().get())) {
                    session.cornerToPickProperty().set(null);
                }
            });
            session.cornerToPickProperty().addListener((obs, old, now) -> pick.setSelected(Integer.valueOf(index).equals(now)));
            Button midi = new Button("MIDI…");
            midi.setId("corner-midi-" + c);
            midi.setTooltip(new Tooltip("Use the first two bars of a MIDI file"));
            midi.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Corner " + MelodySession.cornerName(index) + " from a MIDI file");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MIDI file", "*.mid", "*.midi"));
                File file = chooser.showOpenDialog(getScene().getWindow());
                if (file != null) {
                    session.loadCorner(index, file.toPath());
                }
            });
            grid.addRow(c, name, sample, pick, midi);
        }
        grid.disableProperty().bind(session.planeKindProperty().isNotEqualTo(MelodySession.PlaneKind.CORNERS)
                .or(session.spaceProperty().isNull()));
        return grid;
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("summary-key");
        return label;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private void updatePlayhead() {
        int step = session.playStepProperty().get();
        MelodySession.Playing what = session.playingProperty().get();
        roll.setPlayhead(what == MelodySession.Playing.POINT && roll.melody() != null ? step % roll.melody().length() : -1);
        int tile = what == MelodySession.Playing.STRIP && step >= 0 ? step / Melody.WINDOW_STEPS : -1;
        for (int i = 0; i < tiles.getChildren().size(); i++) {
            if (tiles.getChildren().get(i) instanceof VBox cell && cell.getChildren().get(0) instanceof PianoRoll small) {
                small.setHighlighted(i == tile);
                small.setPlayhead(i == tile ? step % Melody.WINDOW_STEPS : -1);
            }
        }
    }

    // ---- strip

    private HBox strip() {
        Label title = new Label("Strip");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            MelodySession.Strip s = session.stripProperty().get();
            return s.isEmpty() ? "STRIP" : s.title().toUpperCase(Locale.ROOT);
        }, session.stripProperty()));
        Button playStrip = new Button("▶ Play strip");
        playStrip.setId("play-strip");
        playStrip.setOnAction(e -> session.playStrip());
        playStrip.disableProperty().bind(Bindings.createBooleanBinding(() -> session.stripProperty().get().isEmpty(),
                session.stripProperty()));
        VBox head = new VBox(6, title, playStrip);
        head.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("Pin A and B, then Interpolate; or turn on Draw path and drag on the pad. The melodies appear here.");
        hint.getStyleClass().add("hint");
        hint.visibleProperty().bind(Bindings.createBooleanBinding(() -> session.stripProperty().get().isEmpty(), session.stripProperty()));
        hint.managedProperty().bind(hint.visibleProperty());
        tiles.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroller = new ScrollPane(tiles);
        scroller.getStyleClass().add("strip-scroller");
        scroller.setFitToHeight(true);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.visibleProperty().bind(hint.visibleProperty().not());
        scroller.managedProperty().bind(scroller.visibleProperty());
        HBox.setHgrow(scroller, Priority.ALWAYS);
        HBox box = new HBox(12, head, hint, scroller);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("interpolation-strip");
        return box;
    }

    private void showStrip(MelodySession.Strip strip) {
        tiles.getChildren().clear();
        for (int i = 0; i < strip.tiles().size(); i++) {
            MelodySession.Shown tile = strip.tiles().get(i);
            PianoRoll small = new PianoRoll(true);
            small.show(tile.melody());
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("tile-caption");
            VBox cell = new VBox(2, small, number);
            cell.setAlignment(Pos.CENTER);
            cell.setId("strip-tile-" + i);
            cell.getStyleClass().add("strip-tile");
            cell.setCursor(Cursor.HAND);
            Tooltip.install(cell, new Tooltip("Move here: z = " + LatentText.brief(tile.z())));
            cell.setOnMouseClicked(e -> session.moveTo(tile.z()));
            tiles.getChildren().add(cell);
        }
    }

    // ---- status

    private HBox statusBar() {
        HBox bar = new HBox();
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        Label model = StatusBar.item("melody-status-model");
        model.textProperty().bind(Bindings.createStringBinding(() -> modelText(session.space()), session.spaceProperty()));
        Label accuracy = StatusBar.item("melody-status-accuracy");
        accuracy.textProperty().bind(Bindings.createStringBinding(() -> accuracyText(session.space()), session.spaceProperty()));
        Label engine = StatusBar.item("melody-status-engine");
        engine.textProperty().bind(session.engineProperty());
        Label audio = StatusBar.item("melody-status-audio");
        audio.textProperty().bind(session.audioStateProperty());
        Label message = StatusBar.message("melody-status-message", session.messageProperty());
        bar.setSpacing(10);
        bar.getChildren().addAll(model, StatusBar.separator(), accuracy, StatusBar.separator(), engine, StatusBar.separator(), audio, message);
        return bar;
    }

    private static String modelText(MelodySpace space) {
        return space == null ? "no melody model" : space.directory().getFileName() + "  ·  latent " + space.latentSize();
    }

    private static String accuracyText(MelodySpace space) {
        ModelCard.Metrics metrics = space == null ? null : space.card().metrics();
        Map<String, Double> extra = metrics == null ? null : metrics.extra();
        Double accuracy = extra == null ? null : extra.get("reconstructionAccuracy");
        return accuracy == null ? "reconstruction n/a" : String.format(Locale.ROOT, "reconstruction %.1f%%", 100 * accuracy);
    }

    // ---- model picker

    private void follow(MelodySpace space) {
        following = true;
        try {
            ModelPicker.showOpenModel(models, space == null ? null : new ModelCatalog.Entry(space.directory(), space.card(), null));
        } finally {
            following = false;
        }
    }

    private static final class EntryCell extends ListCell<ModelCatalog.Entry> {
        @Override
        protected void updateItem(ModelCatalog.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().remove("unusable");
            if (empty || entry == null) {
                setText(null);
            } else if (entry.usable()) {
                setText(entry.name() + "  ·  " + entry.card().melody().latentSize() + "-D");
            } else {
                setText(entry.name() + "  ·  unusable: " + entry.problem());
                getStyleClass().add("unusable");
            }
        }
    }

    private static final class ProgramCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer program, boolean empty) {
            super.updateItem(program, empty);
            setText(empty || program == null ? null : (program + 1) + "  " + GeneralMidi.name(program));
        }
    }

    // ---- for tests and tools

    public MelodySession session() {
        return session;
    }

    public MelodyPad pad() {
        return pad;
    }

    public PianoRoll pianoRoll() {
        return roll;
    }

    /** The melody on the piano roll and the point it was decoded from (null before the first decode). */
    public MelodySession.Shown shown() {
        return shown;
    }

    /** The strip's tiles as shown. */
    public List<MelodySession.Shown> stripTiles() {
        return session.stripProperty().get().tiles();
    }
}
