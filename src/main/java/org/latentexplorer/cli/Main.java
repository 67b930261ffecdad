package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The one entry point: no arguments opens the explorer; subcommands work headless. */
@Command(name = "latent", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Train and explore variational autoencoders.%nWith no command, opens the explorer window.",
        subcommands = {ExploreCommand.class, TrainCommand.class, CorpusCommand.class, SampleCommand.class, DecodeCommand.class,
                InterpolateCommand.class, EncodeCommand.class, BenchCommand.class, CompareCommand.class, DenoiseCommand.class, SuperresCommand.class, OodCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failed, 2 bad usage). */
    public static int run(String... args) {
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + describe(e));
            if (Boolean.getBoolean("latent.debug")) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cli;
    }

    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException missing) {
            String reason = missing.getReason();
            return missing.getFile() + ": " + (reason == null ? "no such file" : reason);
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message;
    }

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory for the explorer window (as explore --model).")
    Path model;

    @Override
    public Integer call() {
        ExploreCommand explore = new ExploreCommand();
        explore.model = model;
        return explore.call();
    }
}
