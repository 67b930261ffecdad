package org.latentexplorer.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelStore;

/**
 * The guards every training loop shares: settings no run can use are refused before it starts, a loss that stops
 * being a number stops the run before anything is saved, a resume needs this run's checkpoint, and the metrics
 * history holds each epoch once.
 */
public final class RunChecks {
    private RunChecks() {
    }

    /** Fails with the option and its accepted range when epochs, batch size or learning rate cannot train. */
    static void settings(int epochs, int batchSize, float learningRate) {
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs must be 1 or more, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch must be 1 or more, got " + batchSize);
        }
        if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
            throw new IllegalArgumentException("--lr must be a finite number above 0 (e.g. 0.001), got " + learningRate);
        }
    }

    /** Fails unless beta is a finite number of at least 0. */
    public static void beta(float beta) {
        if (!(beta >= 0) || Float.isInfinite(beta)) {
            throw new IllegalArgumentException("--beta must be a finite number of 0 or more, got " + beta);
        }
    }

    /** Fails when the training set is empty or smaller than one batch. */
    static void batchFits(int batchSize, int trainCount, String examples) {
        if (trainCount == 0) {
            throw new IllegalArgumentException("the training set holds no " + examples + "; training needs at least one batch");
        }
        if (batchSize > trainCount) {
            throw new IllegalArgumentException("--batch " + batchSize + " is larger than the training set (" + trainCount + " "
                    + examples + "); use 1.." + trainCount);
        }
    }

    /** Stops the run when a batch's loss is not a finite number: the network is lost and must not be saved. */
    static void finiteLoss(float loss, int epoch, int batch) throws IOException {
        if (!Float.isFinite(loss)) {
            throw new IOException(String.format(Locale.ROOT, "epoch %d, batch %d: the loss became %s; nothing was saved;"
                    + " try a lower --lr", epoch, batch, Float.isNaN(loss) ? "NaN" : "infinite"));
        }
    }

    /** Stops the run when an epoch's figures are not finite numbers (the last update broke the network). */
    static void finiteFigures(String csvRow, int epoch) throws IOException {
        if (csvRow.contains("NaN") || csvRow.contains("Infinity")) {
            throw new IOException("epoch " + epoch + ": the test figures became NaN or infinite; nothing was saved; try a lower --lr");
        }
    }

    /** The checkpoint model to resume from; fails when the run asks to resume and there is none. */
    static boolean resumable(boolean resume, Path checkpointModel) throws IOException {
        if (!resume) {
            return false;
        }
        if (checkpointModel == null || !Files.isRegularFile(checkpointModel.resolve(ModelStore.CARD_FILE))) {
            throw new IOException("no checkpoint for this run at " + (checkpointModel == null ? "(no checkpoint folder)"
                    : checkpointModel) + "; run without --resume to start over");
        }
        return true;
    }

    /**
     * Fails when the checkpoint was trained with other settings than this run's (its epochs may differ: a resume
     * may extend a run); {@code beta} is null where the kind has none.
     */
    static void sameRun(Path checkpoint, ModelCard.Training saved, int batchSize, float learningRate, Schedule schedule, long seed,
                        Float beta) throws IOException {
        List<String> differences = new ArrayList<>();
        if (saved.batchSize() != batchSize) {
            differences.add("--batch " + saved.batchSize() + " there, " + batchSize + " here");
        }
        if (Float.compare(saved.learningRate(), learningRate) != 0) {
            differences.add("--lr " + saved.learningRate() + " there, " + learningRate + " here");
        }
        if (!schedule.name().equalsIgnoreCase(String.valueOf(saved.schedule()))) {
            differences.add("--schedule " + saved.schedule() + " there, " + schedule.name().toLowerCase(Locale.ROOT) + " here");
        }
        if (saved.seed() != seed) {
            differences.add("--seed " + saved.seed() + " there, " + seed + " here");
        }
        if (beta != null && Float.compare(saved.beta(), beta) != 0) {
            differences.add("--beta " + saved.beta() + " there, " + beta + " here");
        }
        if (!differences.isEmpty()) {
            throw new IOException(checkpoint + ": the checkpoint is of another run (" + String.join(", ", differences)
                    + "); run without --resume to start over");
        }
    }

    /**
     * Makes {@code csv} the history of the first {@code epochsDone} epochs: a fresh header for a new run; for a resumed
     * one, the rows of epochs after the checkpoint's (written before a kill) and repeated epochs are dropped.
     * Returns a warning when the history before the checkpoint is missing, else null.
     */
    static String startMetrics(Path csv, String header, int epochsDone) throws IOException {
        Files.createDirectories(csv.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        lines.add(header);
        String warning = null;
        if (epochsDone > 0) {
            if (Files.isRegularFile(csv)) {
                Set<Integer> seen = new TreeSet<>();
                for (String row : Files.readAllLines(csv)) {
                    Integer epoch = epochOf(row);
                    if (epoch != null && epoch <= epochsDone && seen.add(epoch)) {
                        lines.add(row);
                    }
                }
                if (seen.size() < epochsDone) {
                    warning = "warning: " + csv + " lacks " + (epochsDone - seen.size()) + " of the checkpoint's " + epochsDone + " epochs";
                }
            } else {
                warning = "warning: " + csv + " is missing; the metrics of epochs 1.." + epochsDone + " are lost";
            }
        }
        Path temporary = Files.createTempFile(csv.toAbsolutePath().getParent(), "." + csv.getFileName(), ".tmp");
        try {
            Files.write(temporary, lines);
            Files.move(temporary, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return warning;
    }

    private static Integer epochOf(String row) {
        int comma = row.indexOf(',');
        try {
            return comma < 0 ? null : Integer.valueOf(row.substring(0, comma));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
