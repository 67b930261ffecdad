package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.latentexplorer.latent.LatentSpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "decode", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decode one latent point into a digit.",
                "With -o writes a PNG (pixels enlarged without blur); without it draws the digit as ASCII art."})
final class DecodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelArgs model;

    @Option(names = "--z", required = true, paramLabel = "Z",
            description = "the latent point: one number per latent dimension, separated by commas, e.g. --z 0.5,-1.2")
    String z;

    @Option(names = {"-o", "--output"}, paramLabel = "PNG", description = "PNG file to write (default: ASCII art on the terminal)")
    Path output;

    @Option(names = "--scale", paramLabel = "K", defaultValue = "8", description = "each pixel becomes a K x K square (default: ${DEFAULT-VALUE})")
    int scale;

    @Override
    public Integer call() throws Exception {
        float[] point = LatentArgs.parse("--z", z);
        Ranges.check("--scale", scale, 1, 64);
        try (LatentSpace space = model.open()) {
            LatentArgs.checkSize("--z", point, space.latentSize(), space.directory().toString());
            float[] pixels = space.decode(point);
            PrintWriter out = spec.commandLine().getOut();
            if (output == null) {
                out.print(Pictures.ascii(pixels, space.imageRows(), space.imageCols()));
            } else {
                Pictures.writeSheet(output, new float[][] {pixels}, space.imageRows(), space.imageCols(), 1, scale);
                out.printf("wrote %s: z = %s, %d x %d pixels%n", output, LatentArgs.format(point), space.imageCols() * scale,
                        space.imageRows() * scale);
            }
            out.flush();
        }
        return 0;
    }
}
