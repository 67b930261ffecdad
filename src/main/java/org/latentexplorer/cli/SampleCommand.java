package org.latentexplorer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "sample", mixinStandardHelpOptions = true, description = "TODO")
final class SampleCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("not yet implemented");
        return 1;
    }
}
