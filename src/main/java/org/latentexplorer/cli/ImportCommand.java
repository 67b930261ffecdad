package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.lessons.LessonImages;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.TorchScriptConfig;
import org.latentexplorer.model.TorchScriptImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import a VAE trained elsewhere (a PyTorch notebook) from its TorchScript file, so the explorer,",
                "sample, decode, interpolate, encode and compare open it like a model of ours.",
                "The module's encoder takes N x 784 (or N x 1 x 28 x 28) images in 0..1 and returns the mean, or the mean and",
                "the log-variance; its decoder takes N x z and returns images as probabilities or logits (found out and recorded).",
                "The test set is encoded into the latent map and the reconstruction measured (and -ELBO with a variance).",
                "A TorchScript file is a program: import only files from someone you trust."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--torchscript", required = true, paramLabel = "FILE.pt",
            description = "the TorchScript file (src/main/python/export_torchscript.py writes one)")
    Path file;

    @Option(names = "--encoder-method", defaultValue = "encode", paramLabel = "NAME",
            description = "the module's encoder method (default: ${DEFAULT-VALUE})")
    String encoderMethod;

    @Option(names = "--decoder-method", defaultValue = "decode", paramLabel = "NAME",
            description = "the module's decoder method (default: ${DEFAULT-VALUE})")
    String decoderMethod;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "model directory to write, e.g. models/my-vae")
    Path output;

    @Option(names = "--dataset", defaultValue = "mnist", description = "the test set it is measured on: mnist or fashion-mnist (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--data", paramLabel = "DIR", description = "folder of the data set's IDX files (default: where setup put them)")
    Path data;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "use only the first N test images (0 = all)")
    int limit;

    @Override
    public Integer call() throws Exception {
        Ranges.check("--limit", limit, 0, 1_000_000);
        ImageDataset set = ImageDataset.fromId(dataset);
        LabeledImages test = LessonImages.labeled(set, data, ImageDataset.Split.TEST, limit);
        TorchScriptImport.Request request = new TorchScriptImport.Request(file, encoderMethod, decoderMethod, output, test,
                set.id(), set.classNames());
        boolean terminal = System.console() != null; // a log gets the summary and any error, no progress lines
        ModelCard card = TorchScriptImport.run(request, step -> {
            if (terminal) {
                System.err.println("import: " + step);
            }
        });
        print(spec.commandLine().getOut(), card, output);
        return 0;
    }

    static void print(PrintWriter out, ModelCard card, Path output) {
        TorchScriptConfig ts = card.torchscript();
        int pixels = ts.imageSize();
        out.printf(Locale.ROOT, "encoder   %s(x): x is N x %s, returns %s (latent size %d)%n", ts.encoderMethod(),
                ts.input() == TorchScriptConfig.InputLayout.FLAT ? pixels : "1 x " + ts.imageRows() + " x " + ts.imageCols(),
                ts.encoderVariance() ? "the mean and the log-variance" : "the mean only", ts.latentSize());
        out.printf(Locale.ROOT, "decoder   %s(z): returns %s%n", ts.decoderMethod(),
                ts.decoderOutput() == TorchScriptConfig.DecoderOutput.LOGITS ? "logits (a sigmoid is applied)" : "probabilities");
        ModelCard.Metrics m = card.metrics();
        String figures = m.testNegativeElbo() != null
                ? String.format(Locale.ROOT, "-ELBO %.1f nats per image = reconstruction %.1f + KL %.1f", m.testNegativeElbo(),
                        m.testReconstruction(), m.testKl())
                : String.format(Locale.ROOT, "reconstruction %.1f nats per image (no variance head, so no ELBO)", m.testReconstruction());
        out.printf(Locale.ROOT, "test set  %s, %,d images: %s; MSE %.4f per pixel%n", card.dataset().name(), card.dataset().testImages(),
                figures, m.extra().get("testMse"));
        out.printf("wrote %s%n", output);
        out.flush();
    }
}
