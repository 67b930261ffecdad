package org.latentexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.latent.LatentSpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "encode", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Encode images into the model's latent space (the encoder's mean).",
                "Data set mode writes CSV rows index,label,z1..zN; --image encodes one picture and prints its z."})
final class EncodeCommand implements Callable<Integer> {
    private static final int CHUNK = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelArgs model;

    @Option(names = "--data", paramLabel = "DIR",
            description = "folder with the four standard IDX files, plain or .gz (default: the MNIST files from setup)")
    Path data;

    @Option(names = "--split", defaultValue = "test", description = "test or train (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "encode only the first N images (0 = all)")
    int limit;

    @Option(names = {"-o", "--output"}, paramLabel = "CSV", description = "CSV file to write (default: standard output)")
    Path output;

    @Option(names = "--image", paramLabel = "PNG",
            description = "encode this one picture instead: grey or colour, any size (resized to the model's), dark-on-light is inverted")
    Path image;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative, got " + limit);
        }
        ImageDataset.Split which = switch (split.toLowerCase(Locale.ROOT)) {
            case "test" -> ImageDataset.Split.TEST;
            case "train" -> ImageDataset.Split.TRAIN;
            default -> throw new IllegalArgumentException("--split '" + split + "' is not test or train");
        };
        if (image != null && data != null) {
            throw new IllegalArgumentException("--image and --data exclude each other: give one");
        }
        try (LatentSpace space = model.open()) {
            return image != null ? encodeImage(space) : encodeSet(space, which);
        }
    }

    private int encodeImage(LatentSpace space) throws IOException {
        Pictures.Digit digit = Pictures.readDigit(image, space.imageRows(), space.imageCols());
        float[] z = space.encode(digit.pixels());
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            AtomicFiles.writeText(output, csv -> {
                csv.write(header(space.latentSize()) + "\n");
                csv.write(row(0, -1, z) + "\n");
            });
        }
        out.println(LatentArgs.format(z));
        if (digit.resized() || digit.inverted()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("note: " + image + (digit.resized() ? " resized to " + space.imageCols() + "x" + space.imageRows() : "")
                    + (digit.resized() && digit.inverted() ? " and" : "")
                    + (digit.inverted() ? " inverted (dark ink on a light background)" : ""));
            err.flush();
        }
        out.flush();
        return 0;
    }

    private int encodeSet(LatentSpace space, ImageDataset.Split which) throws IOException {
        Path folder = data != null ? data : ImageDataset.MNIST.defaultDirectory();
        LabeledImages all = ImageDataset.load(folder, which, space.imageRows(), space.imageCols());
        LabeledImages set = limit > 0 ? all.head(limit) : all;
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            writeRows(out, space, set);
            out.flush();
            return 0;
        }
        AtomicFiles.writeText(output, csv -> writeRows(csv, space, set));
        out.printf("wrote %s: %d %s images from %s, latent size %d%n", output, set.count(),
                which.name().toLowerCase(Locale.ROOT), folder, space.latentSize());
        out.flush();
        return 0;
    }

    private static void writeRows(Writer csv, LatentSpace space, LabeledImages set) throws IOException {
        ImageSet images = set.images();
        csv.write(header(space.latentSize()) + "\n");
        for (int start = 0; start < set.count(); start += CHUNK) {
            int n = Math.min(CHUNK, set.count() - start);
            float[][] batch = new float[n][];
            for (int i = 0; i < n; i++) {
                batch[i] = images.image(start + i);
            }
            float[][] codes = space.encodeAll(batch);
            for (int i = 0; i < n; i++) {
                csv.write(row(start + i, set.labels()[start + i], codes[i]) + "\n");
            }
        }
    }

    static String header(int latentSize) {
        StringBuilder line = new StringBuilder("index,label");
        for (int i = 1; i <= latentSize; i++) {
            line.append(",z").append(i);
        }
        return line.toString();
    }

    /** One CSV row; {@code label} -1 (a lone picture) is written as an empty field. Floats keep full precision. */
    static String row(int index, int label, float[] z) {
        StringBuilder line = new StringBuilder().append(index).append(',');
        if (label >= 0) {
            line.append(label);
        }
        for (float v : z) {
            line.append(',').append(v);
        }
        return line.toString();
    }
}
