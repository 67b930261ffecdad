package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.latentexplorer.music.GeneralMidi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "instruments", mixinStandardHelpOptions = true,
        description = "List the 128 General MIDI programs that --instrument takes, by number or by (a unique part of) the name.")
final class MelodyInstrumentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (int program = 0; program < GeneralMidi.PROGRAMS.size(); program++) {
            out.printf("%3d  %s%n", program, GeneralMidi.name(program));
        }
        out.flush();
        return 0;
    }
}
