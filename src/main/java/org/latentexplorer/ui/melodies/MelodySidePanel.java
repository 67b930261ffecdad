package org.latentexplorer.ui.melodies;

import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.latentexplorer.music.GeneralMidi;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.LatentText;
import org.latentexplorer.ui.widgets.SaveFolders;

/**
 * The Melodies view's right-hand panel: the piano roll, transport and export, tempo, instrument and
 * temperature, the attribute sliders and variations ({@link MelodyShapingPanel}), and the pad's plane with the four corners of the blend. It scrolls when the window is
 * too short for it.
 */
final class MelodySidePanel extends ScrollPane {
    private final MelodySession session;

    MelodySidePanel(MelodySession session, PianoRoll roll, MenuButton export, Button record) {
        this.session = session;
        roll.setId("piano-roll");
        Label caption = new Label();
        caption.getStyleClass().add("digit-caption");
        caption.textProperty().bind(Bindings.createStringBinding(() -> {
            Shown now = session.shownProperty().get();
            return now == null ? "" : MelodiesText.NOTES_CAPTION.format(now.melody().noteCount(), LatentText.brief(now.z()));
        }, session.shownProperty()));
        Label shaped = new Label();
        shaped.setId("shaped-caption");
        shaped.getStyleClass().add("digit-caption");
        shaped.textProperty().bind(Bindings.createStringBinding(() -> {
            String steps = session.shaping().describe();
            return steps.isEmpty() ? "" : MelodiesText.SHAPED.format(steps);
        }, session.shownProperty()));
        shaped.visibleProperty().bind(shaped.textProperty().isNotEmpty());
        shaped.managedProperty().bind(shaped.visibleProperty());

        VBox side = new VBox(10, title(MelodiesText.DECODED_MELODY.text()), roll, new VBox(2, caption, shaped), transport(export, record), settings(), new Separator(),
                new MelodyShapingPanel(session), new Separator(), title(MelodiesText.YOUR_TUNE.text()), new YourTuneControls(session),
                new Separator(), title(MelodiesText.MIDI_OUT.text()), new MidiOutControls(session.playback()),
                new Separator(), title(MelodiesText.PAD_PLANE.text()), planeChooser(), cornerControls());
        side.getStyleClass().add("side-panel");
        setContent(side);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("side-scroller");
        setFocusTraversable(false); // a click keeps the focus on the control clicked
        setMinWidth(400);
        setPrefWidth(470);
        setMaxWidth(560);
    }

    private FlowPane transport(MenuButton export, Button record) {
        Button play = new Button(MelodiesText.PLAY.text());
        play.setId("melody-play");
        play.getStyleClass().add("play-button");
        play.textProperty().bind(Bindings.when(session.playback().playingProperty().isEqualTo(MelodyPlayback.Playing.NOTHING))
                .then(MelodiesText.PLAY.text()).otherwise(MelodiesText.STOP.text()));
        play.setTooltip(new Tooltip(MelodiesText.PLAY_TIP.text()));
        play.setOnAction(e -> session.playback().togglePlay());
        play.disableProperty().bind(session.spaceProperty().isNull());
        ToggleButton loop = new ToggleButton(MelodiesText.LOOP.text());
        loop.setId("melody-loop");
        loop.selectedProperty().bindBidirectional(session.playback().loopProperty());
        Button jfugue = new Button("JFugue");
        jfugue.setId("melody-jfugue");
        jfugue.setTooltip(new Tooltip(MelodiesText.JFUGUE_TIP.text()));
        jfugue.setOnAction(e -> session.playback().playWithJFugue());
        jfugue.disableProperty().bind(session.spaceProperty().isNull());
        record.disableProperty().bind(session.spaceProperty().isNull());
        FlowPane transport = new FlowPane(6, 6, play, loop, jfugue, export, record); // wraps rather than cutting labels short
        for (Node button : transport.getChildren()) {
            ((Region) button).setMinWidth(Region.USE_PREF_SIZE);
        }
        transport.setAlignment(Pos.CENTER_LEFT);
        return transport;
    }

    private GridPane settings() {
        Spinner<Integer> tempo = new Spinner<>(60, 200, MelodyPlayback.DEFAULT_TEMPO, 5);
        tempo.setId("melody-tempo");
        tempo.setEditable(true);
        tempo.setPrefWidth(90);
        session.playback().tempoProperty().bind(tempo.valueProperty());
        ComboBox<Integer> instrument = new ComboBox<>();
        instrument.setId("melody-instrument");
        for (int p = 0; p < GeneralMidi.PROGRAMS.size(); p++) {
            instrument.getItems().add(p);
        }
        instrument.setCellFactory(list -> new ProgramCell());
        instrument.setButtonCell(new ProgramCell());
        instrument.setConverter(writtenAs(MelodySidePanel::program));
        instrument.setValue(0);
        instrument.setVisibleRowCount(14);
        instrument.setMaxWidth(Double.MAX_VALUE);
        instrument.valueProperty().addListener((obs, old, p) -> session.playback().programProperty().set(p == null ? 0 : p));
        Slider temperature = new Slider(0, 1.5, 0);
        temperature.setId("melody-temperature");
        temperature.setBlockIncrement(0.1);
        temperature.setMaxWidth(Double.MAX_VALUE);
        // every change re-decodes at once, dragging too: the decoder keeps only the latest request
        temperature.valueProperty().addListener((obs, old, t) -> session.temperatureProperty().set(round(t.doubleValue())));
        Label temperatureValue = new Label();
        temperatureValue.getStyleClass().add("slider-value");
        temperatureValue.textProperty().bind(Bindings.createStringBinding(() -> session.temperatureProperty().get() == 0
                ? MelodiesText.TEMPERATURE_ARGMAX.text() : MelodyNumbers.fixed(session.temperatureProperty().get(), 2),
                session.temperatureProperty()));

        GridPane settings = new GridPane();
        settings.getStyleClass().add("melody-settings");
        settings.setHgap(10);
        settings.setVgap(8);
        HBox tempoBox = new HBox(8, tempo, key(MelodiesText.BPM.text()));
        tempoBox.setAlignment(Pos.CENTER_LEFT);
        settings.addRow(0, key(MelodiesText.TEMPO.text()), tempoBox);
        settings.addRow(1, key(MelodiesText.INSTRUMENT.text()), instrument);
        GridPane.setColumnSpan(instrument, 2);
        settings.addRow(2, key(MelodiesText.TEMPERATURE.text()), temperature, temperatureValue);
        GridPane.setHgrow(temperature, Priority.ALWAYS);
        return settings;
    }

    private static double round(double t) {
        return Math.round(t * 20) / 20.0;
    }

    private HBox planeChooser() {
        ToggleGroup group = new ToggleGroup();
        RadioButton principal = new RadioButton(MelodiesText.PRINCIPAL_PLANE.text());
        principal.setId("melody-plane-principal");
        principal.setToggleGroup(group);
        principal.setSelected(true);
        RadioButton corners = new RadioButton(MelodiesText.CORNERS_PLANE.text());
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
            Label name = new Label(MelodiesText.CORNER.format(MelodyCorners.cornerName(c)));
            name.getStyleClass().add("summary-key");
            Button sample = new Button(MelodiesText.SAMPLE.text());
            sample.setId("corner-sample-" + c);
            sample.setOnAction(e -> session.corners().sampleCorner(index));
            ToggleButton pick = new ToggleButton(MelodiesText.PICK_DOT.text());
            pick.setId("corner-pick-" + c);
            pick.setToggleGroup(picking);
            pick.setTooltip(new Tooltip(MelodiesText.PICK_TIP.text()));
            pick.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    session.corners().cornerToPickProperty().set(index);
                } else if (Integer.valueOf(index).equals(session.corners().cornerToPickProperty().get())) {
                    session.corners().cornerToPickProperty().set(null);
                }
            });
            session.corners().cornerToPickProperty().addListener((obs, old, now) -> pick.setSelected(Integer.valueOf(index).equals(now)));
            Button midi = new Button("MIDI…");
            midi.setId("corner-midi-" + c);
            midi.setTooltip(new Tooltip(MelodiesText.CORNER_MIDI_TIP.text()));
            midi.setOnAction(e -> chooseCornerMidi(index, midi));
            grid.addRow(c, name, sample, pick, midi);
        }
        grid.disableProperty().bind(session.planeKindProperty().isNotEqualTo(MelodySession.PlaneKind.CORNERS)
                .or(session.spaceProperty().isNull()));
        return grid;
    }

    private void chooseCornerMidi(int index, Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(MelodiesText.CORNER_MIDI_TITLE.format(MelodyCorners.cornerName(index)));
        chooser.setInitialDirectory(SaveFolders.initialFolder());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(MelodiesText.MIDI_FILE.text(), "*.mid", "*.midi"));
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            SaveFolders.remember(file);
            session.corners().loadCorner(index, file.toPath());
        }
    }

    static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("summary-key");
        label.setMinWidth(Region.USE_PREF_SIZE); // a longer word than English's is never cut short
        return label;
    }

    static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    /** A list's choices as its cells write them (what a screen reader or a test reads for the items, too). */
    static <T> StringConverter<T> writtenAs(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("a list to choose from, not to type in");
            }
        };
    }

    private static String program(int program) {
        return Texts.window().plainNumber(program + 1, 0) + "  " + MelodyInstruments.name(program);
    }

    private static final class ProgramCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer program, boolean empty) {
            super.updateItem(program, empty);
            setText(empty || program == null ? null : program(program));
        }
    }
}
