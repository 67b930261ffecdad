package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.latent.LatentSpace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "interpolate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decode evenly spaced points on the straight line between two latent points into a horizontal strip PNG.",
                "Each end is a latent point (--from/--to) or a test-set image encoded by the model (--from-index/--to-index)."})
final class InterpolateCommand implements Callable<Integer> {
    static final int MAX_FRAMES = 500;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelArgs model;

    static final class From {
        @Option(names = "--from", paramLabel = "Z", description = "start point, e.g. --from -1.5,0.3")
        String z;

        @Option(names = "--from-index", paramLabel = "I", description = "start at the encoding of test image I")
        Integer index;
    }

    static final class To {
        @Option(names = "--to", paramLabel = "Z", description = "end point, e.g. --to 1.5,0.3")
        String z;

        @Option(names = "--to-index", paramLabel = "I", description = "end at the encoding of test image I")
        Integer index;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    From from;

    @ArgGroup(exclusive = true, multiplicity = "1")
    To to;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "10", description = "digits in the strip, both ends included, 2 to " + MAX_FRAMES + " (default: ${DEFAULT-VALUE})")
    int frames;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PNG", description = "PNG file to write, e.g. strip.png")
    Path output;

    @Option(names = "--scale", paramLabel = "K", defaultValue = "2", description = "each pixel becomes a K x K square (default: ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--data", paramLabel = "DIR",
            description = "folder with the IDX test files for --from-index/--to-index (default: the MNIST test set from setup)")
    Path data;

    @Override
    public Integer call() throws Exception {
        Ranges.check("--frames", frames, 2, MAX_FRAMES);
        Ranges.check("--scale", scale, 1, 64);
        float[] a = from.z != null ? LatentArgs.parse("--from", from.z) : null;
        float[] b = to.z != null ? LatentArgs.parse("--to", to.z) : null;
        try (LatentSpace space = model.open()) {
            Pictures.checkSheetSize(frames, frames, space.imageRows(), space.imageCols(), scale, "--frames or --scale");
            String name = space.directory().toString();
            LabeledImages test = null;
            if (a == null || b == null) {
                test = ImageDataset.load(data != null ? data : ImageDataset.MNIST.defaultDirectory(), ImageDataset.Split.TEST,
                        space.imageRows(), space.imageCols());
            }
            a = a != null ? checked("--from", a, space, name) : encodeIndex("--from-index", from.index, test, space);
            b = b != null ? checked("--to", b, space, name) : encodeIndex("--to-index", to.index, test, space);
            float[][] path = LatentSpace.interpolate(a, b, frames);
            float[][] digits = space.decodeAll(path);
            Pictures.writeSheet(output, digits, space.imageRows(), space.imageCols(), frames, scale);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("wrote %s: %d frames from %s to %s%n", output, frames, LatentArgs.format(a), LatentArgs.format(b));
            out.flush();
        }
        return 0;
    }

    private static float[] checked(String option, float[] z, LatentSpace space, String name) {
        LatentArgs.checkSize(option, z, space.latentSize(), name);
        return z;
    }

    private static float[] encodeIndex(String option, int index, LabeledImages test, LatentSpace space) {
        if (index < 0 || index >= test.count()) {
            throw new IllegalArgumentException(option + " " + index + " is out of range: the test set has " + test.count()
                    + " images (0.." + (test.count() - 1) + ")");
        }
        return space.encode(test.images().image(index));
    }
}
