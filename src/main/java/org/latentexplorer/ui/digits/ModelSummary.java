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
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.EngineText;

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
        Texts texts = Texts.window();
        ModelCard card = space.card();
        int row = 0;
        addRow(row++, key(DigitsText.SUMMARY_DIRECTORY), value(space.directory().toAbsolutePath().normalize().toString()));
        addRow(row++, key(DigitsText.MODEL), value(card.description() == null ? space.name() : card.description()));
        addRow(row++, key(DigitsText.SUMMARY_LATENT_SIZE), value(Integer.toString(space.latentSize())));
        if (card.torchscript() != null) {
            addRow(row++, key(DigitsText.SUMMARY_IMPORTED), value(texts.format(DigitsText.IMPORTED_ELSEWHERE, card.torchscript().describe())));
        }
        if (card.dataset() != null) {
            ModelCard.Dataset data = card.dataset();
            addRow(row++, key(DigitsText.SUMMARY_DATA), value(data.trainImages() == 0
                    ? texts.format(DigitsText.DATA_MEASURED, data.name(), data.testImages())
                    : texts.format(DigitsText.DATA_SPLIT, data.name(), data.trainImages(), data.testImages())));
        }
        if (card.training() != null) {
            ModelCard.Training t = card.training();
            addRow(row++, key(DigitsText.SUMMARY_TRAINING), value(texts.format(DigitsText.TRAINING_VALUE, t.epochs(), t.batchSize(),
                    texts.plainNumber(t.learningRate(), 6), texts.plainNumber(t.beta(), 3))));
        }
        if (card.metrics() != null && card.metrics().testNegativeElbo() != null) {
            ModelCard.Metrics m = card.metrics();
            addRow(row++, key(DigitsText.SUMMARY_TEST_SET), value(texts.format(DigitsText.TEST_ELBO,
                    texts.number(m.testNegativeElbo(), 1), texts.number(m.testReconstruction(), 1), texts.number(m.testKl(), 1))));
        } else if (card.metrics() != null && card.metrics().testReconstruction() != null) {
            addRow(row++, key(DigitsText.SUMMARY_TEST_SET), value(texts.format(DigitsText.TEST_RECONSTRUCTION,
                    texts.number(card.metrics().testReconstruction(), 1))));
        }
        if (card.training() != null && card.training().command() != null) {
            addRow(row++, key(DigitsText.SUMMARY_TRAINED_BY), value(card.training().command()));
        }
        if (card.engine() != null) {
            addRow(row++, key(DigitsText.SUMMARY_ENGINE), value(EngineText.of(card.engine())));
        }
        if (card.created() != null) {
            addRow(row, key(DigitsText.SUMMARY_CREATED), value(createdText(card.created(), ZoneId.systemDefault())));
        }
    }

    /** The card's creation instant to the minute in {@code zone} ("2026-11-30 14:05"); other text as it is. */
    public static String createdText(String created, ZoneId zone) {
        try {
            return MINUTES.format(Instant.parse(created.strip()).atZone(zone));
        } catch (DateTimeParseException e) {
            return created;
        }
    }

    private static Label key(DigitsText text) {
        Label label = new Label(Texts.window().text(text));
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
