package org.latentexplorer.ui.melodies;

import static org.latentexplorer.ui.widgets.WrappingToolbar.group;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.ui.widgets.ModelChoices;
import org.latentexplorer.ui.widgets.WrappingToolbar;

/**
 * The Melodies view: the melody model picker and tools on top, the pad in the middle, the piano roll,
 * transport and plane controls on the right ({@link MelodySidePanel}), the strip of an interpolation or
 * drawn path below ({@link MelodyStrip}), and a status line whose messages clear after a few seconds.
 */
public final class MelodyView extends BorderPane {
    private final MelodySession session;
    private final WrappingToolbar toolbar;
    private final MelodyPad pad;
    private final PianoRoll roll = new PianoRoll(false);
    private final MelodyRecorder recorder;
    private final ComboBox<ModelCatalog.Entry> models = new ComboBox<>();
    private Shown shown;
    private boolean following;

    public MelodyView(MelodySession session) {
        this.session = session;
        getStyleClass().addAll("explorer", "melody-view");
        recorder = new MelodyRecorder(session, () -> getScene().getWindow());
        toolbar = buildToolbar();
        pad = new MelodyPad(session);
        setTop(toolbar);
        setCenter(padPage());
        MelodySidePanel side = new MelodySidePanel(session, roll, exportMenu(), recorder.button());
        // a third of the window, within the panel's limits: the pad keeps the most room on a small screen
        side.prefWidthProperty().bind(Bindings.min(side.getMaxWidth(), Bindings.max(side.getMinWidth(), widthProperty().multiply(0.34))));
        setRight(side);
        setBottom(new VBox(new MelodyStrip(session), new MelodyStatusBar(session)));
        getStylesheets().add(Objects.requireNonNull(MelodyView.class.getResource("melodies.css")).toExternalForm());

        session.shownProperty().addListener((obs, old, now) -> {
            shown = now;
            roll.show(now == null ? null : now.melody());
        });
        session.playback().playStepProperty().addListener((obs, old, step) -> updatePlayhead());
        session.playback().playingProperty().addListener((obs, old, now) -> updatePlayhead());
        session.spaceProperty().addListener((obs, old, space) -> follow(space));
        addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    /** S samples, A and B pin, I interpolates, V makes variations, Esc puts away the path tool or a corner pick, else clears the path. */
    private void shortcut(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown() || session.space() == null) {
            return;
        }
        switch (e.getCode()) {
            case S -> session.sample();
            case A -> session.paths().pinA();
            case B -> session.paths().pinB();
            case I -> session.paths().interpolate();
            case V -> session.paths().variations();
            case ESCAPE -> {
                if (session.paths().drawingPathProperty().get()) {
                    session.paths().drawingPathProperty().set(false);
                } else if (session.corners().cornerToPickProperty().get() != null) {
                    session.corners().cornerToPickProperty().set(null);
                } else {
                    session.paths().clearPath();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The model picker and groups of buttons that wrap onto a second row in a narrow window. */
    public WrappingToolbar toolbar() {
        return toolbar;
    }

    // ---- toolbar

    private WrappingToolbar buildToolbar() {
        models.setId("melody-model-picker");
        models.getItems().setAll(ModelCatalog.list(ModelCatalog.defaultRoot(), ModelKind.MELODY));
        models.setCellFactory(list -> new ModelChoices.EntryCell(card -> card.melody().latentSize()));
        models.setButtonCell(new ModelChoices.EntryCell(card -> card.melody().latentSize()));
        models.setConverter(MelodySidePanel.writtenAs(ModelCatalog.Entry::name));
        models.setPrefWidth(200);
        models.valueProperty().addListener((obs, old, entry) -> {
            if (!following && entry != null && (session.space() == null || !ModelChoices.sameDirectory(session.space().directory(), entry.directory()))) {
                session.open(entry.directory());
            }
        });
        models.disableProperty().bind(session.openingProperty());
        Button open = new Button(MelodiesText.OPEN.text());
        open.setId("melody-open-model");
        open.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(MelodiesText.OPEN_TITLE.text());
            File root = ModelCatalog.defaultRoot().toFile();
            if (root.isDirectory()) {
                chooser.setInitialDirectory(root);
            }
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                session.open(chosen.toPath());
            }
        });
        Label label = new Label(MelodiesText.MODEL.text());
        label.getStyleClass().add("toolbar-label");

        Spinner<Integer> frames = new Spinner<>(2, 16, MelodyPaths.DEFAULT_TILES);
        frames.setId("strip-tiles");
        frames.setPrefWidth(64);
        frames.setTooltip(new Tooltip(MelodiesText.TILES_TIP.text()));
        session.paths().tilesProperty().bind(frames.valueProperty());

        List<Region> actions = List.of(
                button(MelodiesText.SAMPLE, "melody-sample", MelodiesText.SAMPLE_TIP, session::sample),
                button(MelodiesText.PIN_A, "melody-pin-a", MelodiesText.PIN_A_TIP, session.paths()::pinA),
                button(MelodiesText.PIN_B, "melody-pin-b", MelodiesText.PIN_B_TIP, session.paths()::pinB),
                button(MelodiesText.INTERPOLATE, "melody-interpolate", MelodiesText.INTERPOLATE_TIP, session.paths()::interpolate),
                frames,
                button(MelodiesText.VARIATIONS, "melody-variations", MelodiesText.VARIATIONS_TIP, session.paths()::variations));
        for (Region action : actions) {
            action.disableProperty().bind(session.spaceProperty().isNull());
        }
        WrappingToolbar bar = new WrappingToolbar(group(label, models, open),
                group(actions.subList(0, 4).toArray(Node[]::new)), group(actions.subList(4, 6).toArray(Node[]::new)));
        return bar;
    }


    private Button button(MelodiesText text, String id, MelodiesText tip, Runnable action) {
        Button button = new Button(text.text());
        button.setId(id);
        button.setTooltip(new Tooltip(tip.text()));
        button.setOnAction(e -> action.run());
        return button;
    }

    private MenuButton exportMenu() {
        MenuButton export = new MenuButton(MelodiesText.EXPORT.text());
        export.setId("melody-export");
        export.setTooltip(new Tooltip(MelodiesText.EXPORT_TIP.text()));
        export.getItems().addAll(
                exportItem(MelodiesText.EXPORT_MELODY_MIDI, false, false),
                exportItem(MelodiesText.EXPORT_MELODY_WAV, false, true),
                exportItem(MelodiesText.EXPORT_TUNE_MIDI, true, false),
                exportItem(MelodiesText.EXPORT_TUNE_WAV, true, true));
        export.disableProperty().bind(session.spaceProperty().isNull());
        return export;
    }

    private MenuItem exportItem(MelodiesText text, boolean tune, boolean wav) {
        MenuItem item = new MenuItem(text.text());
        item.setOnAction(e -> chooseAndExport(tune, wav));
        return item;
    }

    private void chooseAndExport(boolean tune, boolean wav) {
        if (tune && session.paths().stripProperty().get().isEmpty()) {
            session.messageProperty().set(MelodiesText.STRIP_EMPTY.text());
            return;
        }
        MelodyExportChooser.chooseAndSave(getScene().getWindow(), session, tune ? "tune" : "melody", wav,
                file -> tune ? session.playback().exportTune(file) : session.playback().exportMelody(file));
    }

    // ---- pad

    private VBox padPage() {
        VBox.setVgrow(pad, Priority.ALWAYS);
        Label hint = new Label(MelodiesText.PAD_HINT.text());
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox page = new VBox(6, pad, hint);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("pad-page");
        return page;
    }

    private void updatePlayhead() {
        int step = session.playback().playStepProperty().get();
        boolean point = session.playback().playingProperty().get() == MelodyPlayback.Playing.POINT;
        roll.setPlayhead(point && roll.melody() != null ? step % roll.melody().length() : -1);
    }

    // ---- model picker

    private void follow(MelodySpace space) {
        following = true;
        try {
            ModelChoices.showOpenModel(models, space == null ? null : new ModelCatalog.Entry(space.directory(), space.card(), null));
        } finally {
            following = false;
        }
    }


    // ---- for tests and tools

    /** Exports the melody at the puck (MIDI, or WAV by extension) on the calling thread. */
    public Melody exportMelody(Path file) throws IOException {
        return session.playback().exportMelody(file);
    }

    MelodyRecorder recorder() {
        return recorder;
    }

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
    public Shown shown() {
        return shown;
    }

    /** The strip's tiles as shown. */
    public List<Shown> stripTiles() {
        return session.paths().stripProperty().get().tiles();
    }
}
