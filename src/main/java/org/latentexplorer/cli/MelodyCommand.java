package org.latentexplorer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./latent melody ...}: the melody model's tools that write MIDI files, as MusicVAE's generate script in one binary. */
@Command(name = "melody", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Make melodies with a melody model and write them as MIDI files a DAW reads (true tempo, 4/4).",
                "Every command that takes --midi FILE also takes --tune \"C5q D5q E5h\" (JFugue's notation) instead."},
        subcommands = {MelodySampleCommand.class, MelodyInterpolateCommand.class, MelodyVariationsCommand.class,
                MelodyAttributeCommand.class, MelodyEncodeCommand.class, MelodyAttributeVectorsCommand.class,
                MelodyInstrumentsCommand.class})
final class MelodyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "melody needs a command: sample, interpolate, variations, attribute, encode,"
                + " attribute-vectors or instruments");
    }
}
