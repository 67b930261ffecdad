package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.MelodySpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw points from the prior N(0, I) and write each decoded melody as a MIDI file: DIR/sample-01.mid, ...",
                "Prints each file with its melody as a tune (--tune reads it back); the same --seed writes the same files."})
final class MelodySampleCommand implements Callable<Integer> {
    static final int MAX_COUNT = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    MelodyModelArgs model;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "16", description = "how many melodies, 1 to " + MAX_COUNT + " (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "folder for the MIDI files (made if missing)")
    Path output;

    @Mixin
    MelodyPlayOptions play;

    @Override
    public Integer call() throws Exception {
        Ranges.check("-n", count, 1, MAX_COUNT);
        int program = play.check();
        try (MelodySpace space = model.open()) {
            Random points = play.points();
            float[][] z = new float[count][];
            for (int i = 0; i < count; i++) {
                z[i] = space.samplePrior(points);
            }
            List<Melody> melodies = space.decodeAll(z, play.temperature, play.draws()).stream()
                    .map(m -> play.timed(m, Melody.DEFAULT_BPM)).toList();
            PrintWriter out = spec.commandLine().getOut();
            MelodyOutputs.writeNumbered(MelodyOutputs.folder(output), "sample", melodies, program, out);
            MelodyOutputs.summary(out, count, output, melodies.get(0), program);
        }
        return 0;
    }
}
