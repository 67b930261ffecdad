package org.latentexplorer.cli;

import com.google.gson.JsonNull;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.latent.AttributeEvaluation;
import org.latentexplorer.latent.HeldOutMelodies;
import org.latentexplorer.latent.MelodyEvaluation;
import org.latentexplorer.latent.MelodyReport;
import org.latentexplorer.latent.MelodySpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure how a melody model sounds where a user goes: held-out reconstruction, and the statistics of"
                + " melodies decoded from the prior, on the Melodies pad as it opens, at clicked corpus dots and between"
                + " corpus melodies, each against the held-out corpus; and whether its attribute vectors move 200 held-out"
                + " melodies the way their sliders say.",
                "The held-out songs are rebuilt from the corpus the model's card names (--midi gives its folders)."
                        + " Seeded: the same model, corpus and --seed print the same figures."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, defaultValue = "melody-vae", paramLabel = "DIR|NAME",
            description = "melody model directory, or the name of one under the models folder (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--midi", arity = "1..*", paramLabel = "DIR",
            description = "MIDI files or folders of the model's corpus (default: the folders its model.json names)")
    List<Path> midi;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print the figures as JSON instead of tables")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path directory = ModelArgs.resolve(model);
        long start = System.nanoTime();
        try (MelodySpace space = MelodySpace.open(directory)) {
            HeldOutMelodies.HeldOut heldOut = HeldOutMelodies.load(HeldOutMelodies.source(space.card(), midi));
            MelodyReport report = MelodyEvaluation.run(space, heldOut.melodies(), heldOut.describe(),
                    MelodyEvaluation.Settings.DEFAULT.withSeed(seed));
            AttributeEvaluation.Report attributes = space.attributeVectors().map(vectors -> AttributeEvaluation.run(space, vectors,
                    heldOut.melodies(), AttributeEvaluation.DEFAULT_MELODIES, seed)).orElse(null);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.print(MelodyReportText.json(directory, report, attributes == null ? JsonNull.INSTANCE : AttributeReportText.json(attributes)));
            } else {
                out.print(MelodyReportText.tables(directory, report));
                out.println();
                out.print(attributes == null ? AttributeReportText.none(directory) : AttributeReportText.tables(attributes));
            }
            out.flush();
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "evaluated in %.0f s%n", (System.nanoTime() - start) / 1e9);
        err.flush();
        return 0;
    }
}
