package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.music.MelodyMidi;
import org.latentexplorer.music.TuneText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "interpolate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Encode two melodies and write the melodies on the straight line between them, both ends included:"
                + " DIR/interpolate-1.mid .. DIR/interpolate-N.mid, and all of them in a row in DIR/interpolate-all.mid.",
                "Each end is a MIDI file (its first two-bar melody, or --from-window/--to-window) or a typed tune."})
final class MelodyInterpolateCommand implements Callable<Integer> {
    static final int MAX_STEPS = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    MelodyModelArgs model;

    static final class From {
        @Option(names = "--from", paramLabel = "FILE", description = "start at this MIDI file's melody")
        Path midi;

        @Option(names = "--from-tune", paramLabel = "TEXT", description = "start at this tune, e.g. \"C5q D5q E5h\"")
        String tune;
    }

    static final class To {
        @Option(names = "--to", paramLabel = "FILE", description = "end at this MIDI file's melody")
        Path midi;

        @Option(names = "--to-tune", paramLabel = "TEXT", description = "end at this tune")
        String tune;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    From from;

    @ArgGroup(exclusive = true, multiplicity = "1")
    To to;

    @Option(names = "--from-window", paramLabel = "N", defaultValue = "1", description = "which two-bar melody of the --from file (default: ${DEFAULT-VALUE})")
    int fromWindow;

    @Option(names = "--to-window", paramLabel = "N", defaultValue = "1", description = "which two-bar melody of the --to file (default: ${DEFAULT-VALUE})")
    int toWindow;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "8", description = "melodies on the way, both ends included, 2 to " + MAX_STEPS + " (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "folder for the MIDI files (made if missing)")
    Path output;

    @Mixin
    MelodyPlayOptions play;

    @Override
    public Integer call() throws Exception {
        Ranges.check("--steps", steps, 2, MAX_STEPS);
        int program = play.check();
        Melody start = MelodyInputs.read(from.midi, from.tune, fromWindow, "--from", "--from-tune");
        Melody end = MelodyInputs.read(to.midi, to.tune, toWindow, "--to", "--to-tune");
        try (MelodySpace space = model.open()) {
            float[][] path = LatentSpace.interpolate(space.encode(start), space.encode(end), steps);
            List<Melody> melodies = space.decodeAll(path, play.temperature, play.draws()).stream()
                    .map(m -> play.timed(m, start.bpm())).toList();
            PrintWriter out = spec.commandLine().getOut();
            out.println("from  " + TuneText.format(start));
            out.println("to    " + TuneText.format(end));
            Path folder = MelodyOutputs.folder(output);
            MelodyOutputs.writeNumbered(folder, "interpolate", melodies, program, out);
            Path inRow = folder.resolve("interpolate-all.mid");
            MelodyMidi.writeInRow(melodies, program, inRow);
            out.println(inRow + "  all " + steps + " in a row, " + steps * 2 + " bars");
            MelodyOutputs.summary(out, steps + 1, output, melodies.get(0), program);
        }
        return 0;
    }
}
