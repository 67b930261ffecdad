package org.latentexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The one entry point: no arguments opens the explorer; subcommands work headless. */
@Command(name = "latent", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Train and explore variational autoencoders.%nWith no command, opens the explorer window.",
        subcommands = {ExploreCommand.class, ExhibitCommand.class, TrainCommand.class, CorpusCommand.class, SampleCommand.class, DecodeCommand.class,
                InterpolateCommand.class, EncodeCommand.class, MelodyCommand.class, ImportCommand.class, BenchCommand.class, EvaluateCommand.class, CompareCommand.class, DenoiseCommand.class, SuperresCommand.class, OodCommand.class, RecordCommand.class, DownloadCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failed, 2 bad usage). */
    public static int run(String... args) {
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        CommandLine cli = commandLine();
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return report(cli.getErr(), e);
        }
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(commandLine.getErr(), e));
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("error: " + ErrorLines.usage(e));
            err.flush();
            return 2;
        });
        return cli;
    }

    private static int report(PrintWriter err, Throwable e) {
        err.println("error: " + describe(e));
        if (Boolean.getBoolean("latent.debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** One line naming the file or option and the problem. */
    static String describe(Throwable e) {
        return ErrorLines.describe(e);
    }

    @Option(names = "--model", paramLabel = "DIR|NAME", description = "Model for the explorer window (as explore --model).")
    String model;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Override
    public Integer call() throws IOException {
        return asExplore().call();
    }

    /** What {@code latent} with no command runs: {@code explore} with the same model and language. */
    ExploreCommand asExplore() {
        ExploreCommand explore = new ExploreCommand();
        explore.model = model;
        explore.language = language;
        return explore;
    }
}
