package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.latentexplorer.data.Melody;
import org.latentexplorer.lab.MelodyAttribute;
import org.latentexplorer.latent.AttributeVectors;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.music.TuneText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "attribute", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Push a melody along the model's attribute vectors and write the result as one MIDI file.",
                "Each option moves it that many steps (negative: the other way); one step is half the way from the corpus's"
                        + " bottom quartile of the attribute to its top quartile, so ±2 spans the corpus (the window's sliders"
                        + " go from -2 to +2). Prints the attributes before and after."})
final class MelodyAttributeCommand implements Callable<Integer> {
    static final double MAX_STEPS = 4;

    @Spec
    CommandSpec spec;

    @Mixin
    MelodyModelArgs model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    MelodyInputOption input;

    @Option(names = "--window", paramLabel = "N", defaultValue = "1", description = "which two-bar melody of the --midi file (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--density", paramLabel = "STEPS", description = "more (+) or fewer (-) notes per bar")
    Double density;

    @Option(names = "--pitch", paramLabel = "STEPS", description = "higher (+) or lower (-) mean pitch")
    Double pitch;

    @Option(names = "--range", paramLabel = "STEPS", description = "wider (+) or narrower (-) pitch range")
    Double range;

    @Option(names = "--stepwise", paramLabel = "STEPS", description = "more steps (+) or more leaps (-) between notes")
    Double stepwise;

    @Option(names = "--syncopation", paramLabel = "STEPS", description = "more (+) or fewer (-) notes off the eighth-note grid")
    Double syncopation;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "MIDI file to write, e.g. busier.mid (or .wav for audio)")
    Path output;

    @Mixin
    MelodyPlayOptions play;

    @Override
    public Integer call() throws Exception {
        Map<MelodyAttribute, Double> steps = steps();
        int program = play.check();
        Melody melody = MelodyInputs.read(input.midi, input.tune, window, "--midi", "--tune");
        try (MelodySpace space = model.open()) {
            AttributeVectors vectors = space.attributeVectors().orElseThrow(() -> new IllegalArgumentException("model " + space.directory()
                    + " has no attribute vectors (" + AttributeVectors.FILE + "); compute them: ./latent melody attribute-vectors --model "
                    + space.directory()));
            float[] z = space.encode(melody);
            Melody played = space.decode(z, 0, null);
            Melody shifted = play.timed(space.decode(vectors.shift(z, steps), play.temperature, play.draws()), melody.bpm());
            PrintWriter out = spec.commandLine().getOut();
            out.println("melody   " + TuneText.format(melody));
            out.println("played   " + TuneText.format(played.withBpm(shifted.bpm())));
            MelodyOutputs.write(shifted, program, output, out);
            for (Map.Entry<MelodyAttribute, Double> step : steps.entrySet()) {
                MelodyAttribute attribute = step.getKey();
                out.printf(Locale.ROOT, "%s %+.2f steps: %s -> %s %s%n", attribute.label(), step.getValue(), figure(attribute.measure(played)),
                        figure(attribute.measure(shifted)), attribute.unit());
            }
            MelodyOutputs.summary(out, 1, output, shifted, program);
        }
        return 0;
    }

    private Map<MelodyAttribute, Double> steps() {
        Map<MelodyAttribute, Double> steps = new EnumMap<>(MelodyAttribute.class);
        put(steps, MelodyAttribute.DENSITY, density);
        put(steps, MelodyAttribute.MEAN_PITCH, pitch);
        put(steps, MelodyAttribute.PITCH_RANGE, range);
        put(steps, MelodyAttribute.STEPWISE, stepwise);
        put(steps, MelodyAttribute.SYNCOPATION, syncopation);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("give at least one attribute and its steps: --density, --pitch, --range, --stepwise"
                    + " or --syncopation, e.g. --density +1.5");
        }
        return steps;
    }

    private static void put(Map<MelodyAttribute, Double> steps, MelodyAttribute attribute, Double value) {
        if (value == null) {
            return;
        }
        if (!(Math.abs(value) <= MAX_STEPS)) {
            throw new IllegalArgumentException("--" + attribute.key() + " must be -" + (int) MAX_STEPS + " to +" + (int) MAX_STEPS
                    + " steps, got " + value + " (the window's sliders go from -2 to +2)");
        }
        steps.put(attribute, value);
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
