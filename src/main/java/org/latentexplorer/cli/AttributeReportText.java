package org.latentexplorer.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.Locale;
import org.latentexplorer.lab.MelodyAttribute;
import org.latentexplorer.latent.AttributeEvaluation;
import org.latentexplorer.latent.AttributeVectors;

/** The attribute vectors and their {@link AttributeEvaluation} as the tables {@code evaluate} and {@code melody attribute-vectors} print, or as JSON. */
final class AttributeReportText {
    private AttributeReportText() {
    }

    /** What each vector was computed from: the bottom and top groups' sizes and mean attribute. */
    static String vectors(AttributeVectors vectors) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "attribute vectors from %d training melodies of %s (seed %d); one step is %.2f of a vector%n",
                vectors.melodies(), vectors.corpus(), vectors.seed(), vectors.step()));
        text.append(String.format(Locale.ROOT, "%-14s %10s %10s %8s %8s  %s%n", "attribute", "bottom", "top", "bottom n", "top n", "unit"));
        for (MelodyAttribute attribute : MelodyAttribute.values()) {
            AttributeVectors.Entry e = vectors.entry(attribute);
            text.append(String.format(Locale.ROOT, "%-14s %10.2f %10.2f %8d %8d  %s%n", attribute.label(), e.low(), e.high(),
                    e.lowMelodies(), e.highMelodies(), attribute.unit()));
        }
        return text.toString();
    }

    /** One row per attribute: moved (with the bar where there is one), raised, lowered, melody-like, and the means. */
    static String tables(AttributeEvaluation.Report report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "attribute vectors on %d held-out melodies (seed %d), one step = %.2f of a vector:"
                + " moved = a step up raises the attribute and a step down lowers it%n", report.melodies(), report.seed(), report.step()));
        text.append(String.format(Locale.ROOT, "%-14s %8s %6s %8s %8s %9s   %s%n", "attribute", "moved", "bar", "raised", "lowered",
                "mel-like", "mean: step down / as played / step up"));
        for (AttributeEvaluation.Row row : report.rows()) {
            String bar = row.hasBar() ? (row.moved() >= AttributeEvaluation.BAR ? "ok" : "MISSED") : "";
            text.append(String.format(Locale.ROOT, "%-14s %8s %6s %8s %8s %9s   %s / %s / %s %s%n", row.attribute().label(),
                    figure(row.moved()), bar, figure(row.raised()), figure(row.lowered()), figure(row.melodyLike()), mean(row.meanDown()),
                    mean(row.meanPlayed()), mean(row.meanUp()), row.attribute().unit()));
        }
        text.append(String.format(Locale.ROOT, "bar: moved at least %.2f for note density and mean pitch; mel-like: share of the shifted"
                + " melodies (both directions) that are melody-like%n", AttributeEvaluation.BAR));
        return text.toString();
    }

    static JsonObject json(AttributeEvaluation.Report report) {
        JsonObject root = new JsonObject();
        root.addProperty("melodies", report.melodies());
        root.addProperty("seed", report.seed());
        root.addProperty("step", report.step());
        root.addProperty("bar", AttributeEvaluation.BAR);
        JsonArray rows = new JsonArray();
        for (AttributeEvaluation.Row row : report.rows()) {
            JsonObject o = new JsonObject();
            o.addProperty("key", row.attribute().key());
            o.addProperty("label", row.attribute().label());
            o.add("moved", number(row.moved()));
            o.addProperty("hasBar", row.hasBar());
            o.add("raised", number(row.raised()));
            o.add("lowered", number(row.lowered()));
            o.add("melodyLike", number(row.melodyLike()));
            o.add("meanDown", number(row.meanDown()));
            o.add("meanPlayed", number(row.meanPlayed()));
            o.add("meanUp", number(row.meanUp()));
            rows.add(o);
        }
        root.add("attributes", rows);
        return root;
    }

    /** The line printed where a model has no attribute vectors. */
    static String none(Path model) {
        return "attribute vectors: none in " + model + " (compute them: ./latent melody attribute-vectors --model " + model + ")\n";
    }

    private static JsonElement number(double value) {
        return Double.isNaN(value) ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String mean(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
