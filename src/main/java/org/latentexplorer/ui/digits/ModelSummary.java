package org.latentexplorer.ui.digits;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.model.ModelCard;

/** What the open model is, how it was trained and how well it does, from its card. */
public final class ModelSummary extends GridPane {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public ModelSummary(ExplorerSession session) {
        getStyleClass().add("model-summary");
        ColumnConstraints keys = new ColumnConstraints(110);
        ColumnConstraints values = new ColumnConstraints(200, 600, 900);
        getColumnConstraints().addAll(keys, values);
        session.exploration().spaceProperty().addListener((obs, old, space) -> show(space));
    }

    private void show(LatentSpace space) {
        getChildren().clear();
        if (space == null) {
            return;
        }
        ModelCard card = space.card();
        int row = 0;
        addRow(row++, key("Directory"), value(space.directory().toAbsolutePath().normalize().toString()));
        addRow(row++, key("Model"), value(card.description() == null ? space.name() : card.description()));
        addRow(row++, key("Latent size"), value(Integer.toString(space.latentSize())));
        if (card.torchscript() != null) {
            addRow(row++, key("Imported"), value(card.torchscript().describe() + "; trained elsewhere"));
        }
        if (card.dataset() != null) {
            addRow(row++, key("Data"), value(card.dataset().trainImages() == 0
                    ? String.format(Locale.ROOT, "%s · measured on %,d test images", card.dataset().name(), card.dataset().testImages())
                    : String.format(Locale.ROOT, "%s · %,d train / %,d test images",
                    card.dataset().name(), card.dataset().trainImages(), card.dataset().testImages())));
        }
        if (card.training() != null) {
            ModelCard.Training t = card.training();
            addRow(row++, key("Training"), value(String.format(Locale.ROOT, "%d epochs · batch %d · lr %s · β %s",
                    t.epochs(), t.batchSize(), t.learningRate(), t.beta())));
        }
        if (card.metrics() != null && card.metrics().testNegativeElbo() != null) {
            ModelCard.Metrics m = card.metrics();
            addRow(row++, key("Test set"), value(String.format(Locale.ROOT, "−ELBO %.1f nats per image = reconstruction %.1f + KL %.1f",
                    m.testNegativeElbo(), m.testReconstruction(), m.testKl())));
        } else if (card.metrics() != null && card.metrics().testReconstruction() != null) {
            addRow(row++, key("Test set"), value(String.format(Locale.ROOT,
                    "reconstruction %.1f nats per image (no variance head, so no ELBO)", card.metrics().testReconstruction())));
        }
        if (card.training() != null && card.training().command() != null) {
            addRow(row++, key("Trained by"), value(card.training().command()));
        }
        if (card.engine() != null) {
            addRow(row++, key("Engine"), value(card.engine().name() + " " + card.engine().version()
                    + " (DJL " + card.engine().djlVersion() + ") on " + deviceName(card.engine().device())));
        }
        if (card.created() != null) {
            addRow(row, key("Created"), value(createdText(card.created(), ZoneId.systemDefault())));
        }
    }

    /** A device as people say it: "CPU", "GPU (CUDA 0)"; DJL writes "cpu()", "gpu(0)". */
    public static String deviceName(String device) {
        String d = device == null ? "" : device.strip().toLowerCase(Locale.ROOT);
        if (d.startsWith("cpu")) {
            return "CPU";
        }
        if (d.startsWith("gpu") || d.startsWith("cuda")) {
            String id = d.replaceAll("\\D", "");
            return "GPU (CUDA " + (id.isEmpty() ? "0" : id) + ")";
        }
        return device == null ? "unknown device" : device;
    }

    /** The card's creation instant to the minute in {@code zone} ("2026-11-30 14:05"); other text as it is. */
    public static String createdText(String created, ZoneId zone) {
        try {
            return MINUTES.format(Instant.parse(created.strip()).atZone(zone));
        } catch (DateTimeParseException e) {
            return created;
        }
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("summary-key");
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("summary-value");
        label.setWrapText(true);
        return label;
    }
}
