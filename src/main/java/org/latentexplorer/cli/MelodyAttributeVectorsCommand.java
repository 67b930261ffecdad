package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.AttributeEvaluation;
import org.latentexplorer.latent.AttributeVectors;
import org.latentexplorer.latent.HeldOutMelodies;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.model.ModelCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "attribute-vectors", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compute a model's attribute vectors (note density, mean pitch, pitch range, stepwise, syncopation) from its"
                + " training melodies and save them in its directory as " + AttributeVectors.FILE + ", replacing any there.",
                "Each is the mean encoding of the top quartile by the attribute minus that of the bottom quartile. The corpus is"
                        + " rebuilt as the model's card names it (--midi gives its folders); then the vectors are measured on"
                        + " held-out melodies as evaluate does. Training a melody model does all this itself."})
final class MelodyAttributeVectorsCommand implements Callable<Integer> {
    static final int MAX_SAMPLE = 1_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    MelodyModelArgs model;

    @Option(names = "--midi", arity = "1..*", paramLabel = "DIR",
            description = "MIDI files or folders of the model's corpus (default: the corpus its model.json names)")
    List<Path> midi;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "" + AttributeVectors.DEFAULT_SAMPLE,
            description = "training melodies to encode, a seeded sample when there are more (8 to " + MAX_SAMPLE + ", default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the sample and the measurement (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        Ranges.check("--sample", sample, 8, MAX_SAMPLE);
        Path directory = model.directory();
        long start = System.nanoTime();
        try (MelodySpace space = MelodySpace.open(directory, false)) {
            HeldOutMelodies.Source source = HeldOutMelodies.source(space.card(), midi);
            HeldOutMelodies.Sides sides = HeldOutMelodies.loadSides(source);
            List<Melody> training = trainedOn(space.card(), sides.training());
            if (training.size() < 8) {
                throw new IllegalArgumentException("the corpus " + source.corpus().describe() + " holds " + training.size()
                        + " training melodies; attribute vectors need at least 8: give the model's corpus with --midi");
            }
            AttributeVectors vectors = AttributeVectors.compute(space, training, source.corpus().describe(), sample, seed,
                    AttributeVectors.DEFAULT_STEP);
            vectors.save(directory);
            AttributeEvaluation.Report report = AttributeEvaluation.run(space, vectors, sides.heldOut().melodies(),
                    AttributeEvaluation.DEFAULT_MELODIES, seed);
            PrintWriter out = spec.commandLine().getOut();
            out.print(AttributeReportText.vectors(vectors));
            out.println();
            out.print(AttributeReportText.tables(report));
            out.printf(Locale.ROOT, "wrote %s in %.0f s%n", directory.resolve(AttributeVectors.FILE), (System.nanoTime() - start) / 1e9);
            out.flush();
        }
        return 0;
    }

    /** The training melodies as training used them: the first {@code trainImages} when the card says it used fewer. */
    private static List<Melody> trainedOn(ModelCard card, List<Melody> training) {
        int used = card.dataset() == null ? 0 : card.dataset().trainImages();
        return used > 0 && used < training.size() ? training.subList(0, used) : training;
    }
}
