package org.latentexplorer.ui.melodies;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.music.MidiPorts;

/**
 * "Your tune" in the Melodies side panel: a music string typed in, and two bars played in on a MIDI
 * keyboard (chosen from a list refreshed when it opens), with the count-in shown beside the button and
 * one line for what went wrong.
 */
final class YourTuneControls extends VBox {
    private final MelodySession session;
    private final TuneIn tuneIn;
    private final ComboBox<MidiPorts.Input> keyboards = new ComboBox<>();

    YourTuneControls(MelodySession session) {
        this(session, MelodyPlayer.Clock.SYSTEM);
    }

    YourTuneControls(MelodySession session, MelodyPlayer.Clock clock) {
        super(6);
        this.session = session;
        this.tuneIn = new TuneIn(session, clock);
        getStyleClass().add("your-tune");

        TextField typed = new TextField();
        typed.setId("tune-text");
        typed.setPromptText(MelodiesText.TUNE_PROMPT.format(TuneIn.EXAMPLE));
        typed.setTooltip(new Tooltip(MelodiesText.TUNE_TIP.text()));
        typed.textProperty().addListener((obs, old, now) -> tuneIn.clearProblem());
        typed.setOnAction(e -> tuneIn.useTyped(typed.getText()));
        Button use = new Button(MelodiesText.USE_TUNE.text());
        use.setId("tune-use");
        use.setTooltip(new Tooltip(MelodiesText.USE_TUNE_TIP.text()));
        use.setOnAction(e -> tuneIn.useTyped(typed.getText()));
        use.disableProperty().bind(session.spaceProperty().isNull());
        use.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(typed, Priority.ALWAYS);
        HBox typedRow = new HBox(6, typed, use);
        typedRow.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("tune-problem");
        problem.getStyleClass().add("tune-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(tuneIn.problemProperty());
        problem.visibleProperty().bind(tuneIn.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label countdown = new Label();
        countdown.setId("tune-countdown");
        countdown.getStyleClass().add("tune-countdown");
        countdown.textProperty().bind(tuneIn.countdownProperty());
        countdown.visibleProperty().bind(tuneIn.countdownProperty().isNotEmpty());
        countdown.managedProperty().bind(countdown.visibleProperty());

        getChildren().addAll(typedRow, problem, keyboardRow(), countdown);
        refreshKeyboards();
    }

    private HBox keyboardRow() {
        keyboards.setId("tune-keyboard");
        keyboards.setCellFactory(list -> new InputCell(null));
        keyboards.setButtonCell(new InputCell(MelodiesText.NONE_FOUND.text()));
        keyboards.setConverter(MelodySidePanel.writtenAs(MidiPorts.Input::name));
        keyboards.setPromptText(MelodiesText.NONE_FOUND.text());
        keyboards.setPlaceholder(new Label(MelodiesText.NO_INPUT_FOUND.text()));
        keyboards.setMaxWidth(Double.MAX_VALUE);
        keyboards.setOnShowing(e -> refreshKeyboards());
        HBox.setHgrow(keyboards, Priority.ALWAYS);

        Button playIn = new Button(MelodiesText.PLAY_IN.text());
        playIn.setId("tune-play-in");
        playIn.setMinWidth(Region.USE_PREF_SIZE);
        playIn.getStyleClass().add("play-in");
        var noInput = Bindings.isEmpty(keyboards.getItems());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.when(noInput).then(TuneIn.noInput()).otherwise(MelodiesText.PLAY_IN_TIP.text()));
        playIn.setTooltip(tip);
        playIn.disableProperty().bind(noInput.or(keyboards.valueProperty().isNull()).or(tuneIn.recordingProperty())
                .or(session.spaceProperty().isNull()));
        playIn.setOnAction(e -> tuneIn.playIn(keyboards.getValue()));
        StackPane hover = new StackPane(playIn); // a disabled button shows no tooltip: then its holder does
        Tooltip holderTip = new Tooltip();
        holderTip.textProperty().bind(tip.textProperty());
        playIn.disabledProperty().addListener((obs, was, disabled) -> {
            if (disabled) {
                Tooltip.install(hover, holderTip);
            } else {
                Tooltip.uninstall(hover, holderTip);
            }
        });
        if (playIn.isDisabled()) {
            Tooltip.install(hover, holderTip);
        }

        Label key = MelodySidePanel.key(MelodiesText.KEYBOARD.text());
        key.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, key, keyboards, hover);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Lists the MIDI inputs there now, keeping the one chosen when it is still there. */
    void refreshKeyboards() {
        MidiPorts.Input chosen = keyboards.getValue();
        List<MidiPorts.Input> inputs = session.playback().outputs().catalog().inputs();
        keyboards.getItems().setAll(inputs);
        MidiPorts.Input keep = inputs.stream().filter(i -> chosen != null && i.name().equals(chosen.name())).findFirst()
                .orElse(inputs.isEmpty() ? null : inputs.get(0));
        keyboards.setValue(keep);
    }

    TuneIn tuneIn() {
        return tuneIn;
    }

    private static final class InputCell extends ListCell<MidiPorts.Input> {
        private final String none;

        InputCell(String none) {
            this.none = none;
        }

        @Override
        protected void updateItem(MidiPorts.Input input, boolean empty) {
            super.updateItem(input, empty);
            setText(empty || input == null ? none : input.name());
        }
    }
}
