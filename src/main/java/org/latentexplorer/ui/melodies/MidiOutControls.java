package org.latentexplorer.ui.melodies;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.latentexplorer.music.MidiOutputs;
import org.latentexplorer.music.MidiPorts;

/**
 * "MIDI out" in the Melodies side panel: where the loop, the strip and the tune play (the built-in
 * synthesizer or a MIDI output device, listed afresh whenever the list opens) and on which channel.
 * Where the sound goes shows in the status line.
 */
final class MidiOutControls extends GridPane {
    private final MelodyPlayback playback;
    private final ComboBox<MidiPorts.Output> devices = new ComboBox<>();
    private final ComboBox<Integer> channels = new ComboBox<>();
    private boolean syncing;

    MidiOutControls(MelodyPlayback playback) {
        this.playback = playback;
        getStyleClass().add("midi-out");
        setHgap(10);
        setVgap(8);

        devices.setId("midi-out-device");
        devices.setCellFactory(list -> new OutputCell());
        devices.setButtonCell(new OutputCell());
        devices.setConverter(MelodySidePanel.writtenAs(MidiOutControls::name));
        devices.setMaxWidth(Double.MAX_VALUE);
        devices.setTooltip(new Tooltip(MelodiesText.OUTPUT_TIP.text()));
        devices.setOnShowing(e -> refresh());
        devices.valueProperty().addListener((obs, old, chosen) -> route());
        GridPane.setHgrow(devices, Priority.ALWAYS);

        channels.setId("midi-out-channel");
        for (int c = MidiOutputs.MIN_CHANNEL; c <= MidiOutputs.MAX_CHANNEL; c++) {
            channels.getItems().add(c);
        }
        channels.setValue(MidiOutputs.MIN_CHANNEL);
        channels.setVisibleRowCount(8);
        channels.setTooltip(new Tooltip(MelodiesText.CHANNEL_TIP.text()));
        channels.valueProperty().addListener((obs, old, chosen) -> route());

        addRow(0, MelodySidePanel.key(MelodiesText.OUTPUT.text()), devices);
        addRow(1, MelodySidePanel.key(MelodiesText.CHANNEL.text()), channels);
        refresh();
        // a device that fails while playing sends the sound back to the built-in synthesizer: show that here too
        playback.audioStateProperty().addListener((obs, old, now) -> showInUse());
    }

    /** Lists the outputs there now (a chosen device that has gone falls back to the built-in synthesizer). */
    void refresh() {
        syncing = true;
        try {
            devices.getItems().setAll(playback.outputs().choices());
        } finally {
            syncing = false;
        }
        showInUse();
    }

    private void route() {
        if (syncing || devices.getValue() == null || channels.getValue() == null) {
            return;
        }
        playback.routeTo(devices.getValue(), channels.getValue());
        showInUse();
    }

    /** Shows the output and channel really in use (the built-in synthesizer after a failure). */
    private void showInUse() {
        MidiOutputs outputs = playback.outputs();
        String inUse = outputs.current().name();
        syncing = true;
        try {
            devices.getItems().stream().filter(d -> d.name().equals(inUse)).findFirst()
                    .ifPresentOrElse(devices::setValue, () -> devices.setValue(MidiPorts.BUILT_IN));
            channels.setValue(outputs.channel());
        } finally {
            syncing = false;
        }
    }

    /** An output's name; the built-in synthesizer's in the window's language. */
    private static String name(MidiPorts.Output output) {
        return output == MidiPorts.BUILT_IN ? MelodiesText.BUILT_IN.text() : output.name();
    }

    private static final class OutputCell extends ListCell<MidiPorts.Output> {
        @Override
        protected void updateItem(MidiPorts.Output output, boolean empty) {
            super.updateItem(output, empty);
            setText(empty || output == null ? null : name(output));
        }
    }
}
