package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.ImageRestorer;
import org.latentexplorer.lessons.Restoration;
import org.latentexplorer.lessons.LessonImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "superres", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Super-resolution on the MNIST test set: 14x14 and 7x7 area-downsampled digits brought back to 28x28"
                + " by bicubic upscaling and by the networks; prints mean PSNR and SSIM of each.")
final class SuperresCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--models", paramLabel = "DIR|NAME", split = ",", defaultValue = Restoration.UPSCALER_14 + "," + Restoration.UPSCALER_7,
            description = "super-resolution networks (default: ${DEFAULT-VALUE})")
    List<String> models;

    @Option(names = "--data", paramLabel = "DIR", description = "folder of the MNIST IDX files (default: where setup put them)")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "use the first N test images (0 = all)")
    int limit;

    @Override
    public Integer call() throws Exception {
        ImageSet clean = LessonImages.load(ImageDataset.MNIST, data, limit);
        List<Restoration.UpscaleRow> rows = new ArrayList<>();
        for (String name : models) {
            try (ImageRestorer network = ImageRestorer.openUpscaler(ModelArgs.resolve(name))) {
                rows.addAll(Restoration.superres(network, clean));
            }
        }
        print(spec.commandLine().getOut(), clean.count(), rows);
        return 0;
    }

    static void print(PrintWriter out, int count, List<Restoration.UpscaleRow> rows) {
        out.printf(Locale.ROOT, "%,d MNIST test images, area-downsampled, brought back to 28x28%n", count);
        out.printf(Locale.ROOT, "%-7s %-20s %10s %8s%n", "input", "method", "PSNR", "SSIM");
        for (Restoration.UpscaleRow row : rows) {
            out.printf(Locale.ROOT, "%-7s %-20s %7.2f dB %8.4f%n", row.side() + "x" + row.side(), row.method(), row.psnr(), row.ssim());
        }
        for (int i = 0; i + 1 < rows.size(); i += 2) {
            Restoration.UpscaleRow bicubic = rows.get(i);
            Restoration.UpscaleRow network = rows.get(i + 1);
            out.printf(Locale.ROOT, "%dx%d: the network beats bicubic: %s (PSNR %+.2f dB, SSIM %+.4f)%n", network.side(), network.side(),
                    network.beats(bicubic) ? "yes" : "NO", network.psnr() - bicubic.psnr(), network.ssim() - bicubic.ssim());
        }
    }
}
