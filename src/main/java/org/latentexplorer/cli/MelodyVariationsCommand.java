package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.MelodyVariations;
import org.latentexplorer.music.TuneText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "variations", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Encode a melody and write variations of it as MIDI files: DIR/variation-1.mid, ...",
                "Each is decoded at z' = s·z + (1 − s)·ε, ε drawn from the prior (MusicVAE's similar): similarity s = 1 repeats"
                        + " the melody, lower values wander further from it."})
final class MelodyVariationsCommand implements Callable<Integer> {
    static final int MAX_COUNT = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    MelodyModelArgs model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    MelodyInputOption input;

    @Option(names = "--window", paramLabel = "N", defaultValue = "1", description = "which two-bar melody of the --midi file (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "8", description = "how many variations, 1 to " + MAX_COUNT + " (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--similarity", paramLabel = "S", defaultValue = "0.7", description = "0 (a fresh prior sample) to 1 (the melody itself) (default: ${DEFAULT-VALUE})")
    double similarity;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "folder for the MIDI files (made if missing)")
    Path output;

    @Mixin
    MelodyPlayOptions play;

    @Override
    public Integer call() throws Exception {
        Ranges.check("-n", count, 1, MAX_COUNT);
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("--similarity must be 0 to 1, got " + similarity);
        }
        int program = play.check();
        Melody melody = MelodyInputs.read(input.midi, input.tune, window, "--midi", "--tune");
        try (MelodySpace space = model.open()) {
            float[] z = space.encode(melody);
            float[][] points = MelodyVariations.around(z, count, similarity, play.points());
            List<Melody> variations = space.decodeAll(points, play.temperature, play.draws()).stream()
                    .map(m -> play.timed(m, melody.bpm())).toList();
            PrintWriter out = spec.commandLine().getOut();
            out.println("melody  " + TuneText.format(melody));
            out.println("as the model plays it  " + TuneText.format(space.decode(z, 0, null).withBpm(variations.get(0).bpm())));
            MelodyOutputs.writeNumbered(MelodyOutputs.folder(output), "variation", variations, program, out);
            out.printf(Locale.ROOT, "similarity %.2f, temperature %s%n", similarity, play.temperature);
            MelodyOutputs.summary(out, count, output, variations.get(0), program);
        }
        return 0;
    }
}
