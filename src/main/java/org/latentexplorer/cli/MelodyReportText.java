package org.latentexplorer.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.Locale;
import org.latentexplorer.lab.MelodyStatistic;
import org.latentexplorer.lab.MelodyStatistics;
import org.latentexplorer.latent.MelodyEvaluation;
import org.latentexplorer.latent.MelodyReport;
import org.latentexplorer.latent.PadWindow;

/** A {@link MelodyReport} as the tables {@code evaluate} prints, or as JSON. */
final class MelodyReportText {
    private static final int TITLE = 44;

    private MelodyReportText() {
    }

    static String tables(Path model, MelodyReport report) {
        StringBuilder text = new StringBuilder();
        line(text, "%s: %s; seed %d", model, report.corpus(), report.settings().seed());
        line(text, "held-out reconstruction (argmax from the encoder mean): step accuracy %s, note recall %s",
                figure(report.stepAccuracy()), figure(report.noteRecall()));
        text.append('\n');
        header(text, "decoded from", "melodies");
        for (MelodyEvaluation.Row row : report.rows()) {
            text.append(String.format(Locale.ROOT, "%-" + TITLE + "s %8d", row.title(), row.summary().melodies()));
            for (MelodyStatistic statistic : MelodyStatistic.values()) {
                text.append(String.format(Locale.ROOT, " %8s", figure(row.summary().get(statistic))));
            }
            text.append('\n');
        }
        text.append('\n');
        header(text, "total-variation distance from the corpus", "");
        for (MelodyEvaluation.Row row : report.rows()) {
            if (row.distance().isEmpty()) {
                continue;
            }
            text.append(String.format(Locale.ROOT, "%-" + TITLE + "s %8s", row.title(), ""));
            for (MelodyStatistic statistic : MelodyStatistic.values()) {
                text.append(String.format(Locale.ROOT, " %8s", figure(row.distance().get(statistic))));
            }
            text.append('\n');
        }
        text.append('\n');
        PadWindow w = report.window();
        line(text, "pad window: u %s to %s, v %s to %s on the principal plane; neighbouring grid cells agree on %s of their steps",
                figure(w.centerU() - w.halfSpan()), figure(w.centerU() + w.halfSpan()), figure(w.centerV() - w.halfSpan()),
                figure(w.centerV() + w.halfSpan()), figure(report.gridSmoothness()));
        line(text, "a clicked corpus dot plays %s of the steps of its own melody (held-out melodies drawn as dots where they encode)", figure(report.clickedDotAgreement()));
        line(text, "notes and range: means per melody; |int| (mean interval in semitones), step (share of intervals of at most %d"
                + " semitones) and >8ve (over %d): pooled over all intervals; in key: share of notes in their melody's best"
                + " major scale; mel-like: share of melodies with at least %d notes, range at most %d and %.0f %% in key",
                MelodyStatistics.STEP, MelodyStatistics.OCTAVE, MelodyStatistics.MIN_NOTES, MelodyStatistics.MAX_RANGE,
                100 * MelodyStatistics.MIN_IN_KEY);
        line(text, "distances bin each melody's value: %s", binnings());
        return text.toString();
    }

    static String json(Path model, MelodyReport report) {
        return json(model, report, JsonNull.INSTANCE);
    }

    /** As {@link #json(Path, MelodyReport)} with the attribute vectors' figures (left out where there are none). */
    static String json(Path model, MelodyReport report, JsonElement attributeVectors) {
        JsonObject root = new JsonObject();
        root.addProperty("model", model.toString());
        root.addProperty("corpus", report.corpus());
        root.addProperty("heldOutMelodies", report.heldOut());
        root.addProperty("seed", report.settings().seed());
        JsonObject reconstruction = new JsonObject();
        reconstruction.add("stepAccuracy", number(report.stepAccuracy()));
        reconstruction.add("noteRecall", number(report.noteRecall()));
        root.add("reconstruction", reconstruction);
        JsonArray sets = new JsonArray();
        for (MelodyEvaluation.Row row : report.rows()) {
            JsonObject set = new JsonObject();
            set.addProperty("key", row.key());
            set.addProperty("title", row.title());
            set.addProperty("melodies", row.summary().melodies());
            for (MelodyStatistic statistic : MelodyStatistic.values()) {
                set.add(statistic.key(), number(row.summary().get(statistic)));
            }
            if (!row.distance().isEmpty()) {
                JsonObject distance = new JsonObject();
                row.distance().forEach((statistic, value) -> distance.add(statistic.key(), number(value)));
                set.add("totalVariation", distance);
            }
            sets.add(set);
        }
        root.add("sets", sets);
        JsonObject pad = new JsonObject();
        pad.addProperty("centerU", report.window().centerU());
        pad.addProperty("centerV", report.window().centerV());
        pad.addProperty("halfSpan", report.window().halfSpan());
        pad.addProperty("gridSide", report.settings().gridSide());
        pad.add("smoothness", number(report.gridSmoothness()));
        pad.add("clickedDotAgreement", number(report.clickedDotAgreement()));
        root.add("pad", pad);
        root.add("attributeVectors", attributeVectors);
        return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
    }

    private static JsonElement number(double value) {
        return Double.isNaN(value) ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    private static void header(StringBuilder text, String title, String count) {
        text.append(String.format(Locale.ROOT, "%-" + TITLE + "s %8s", title, count));
        for (MelodyStatistic statistic : MelodyStatistic.values()) {
            text.append(String.format(Locale.ROOT, " %8s", statistic.heading()));
        }
        text.append('\n');
    }

    private static String binnings() {
        StringBuilder text = new StringBuilder();
        for (MelodyStatistic statistic : MelodyStatistic.values()) {
            text.append(text.length() == 0 ? "" : "; ").append(statistic.heading()).append(": ").append(statistic.binning());
        }
        return text.toString();
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static void line(StringBuilder text, String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
