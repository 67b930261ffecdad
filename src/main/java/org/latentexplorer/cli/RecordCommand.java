package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.latentexplorer.data.AnimatedGif;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.Journey;
import org.latentexplorer.latent.JourneyPicture;
import org.latentexplorer.latent.LatentPlane;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.music.MelodyMidi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "record", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Record a journey across the pad: follow a path of points and write what the model decodes on the way.",
                "An image model gives an animated GIF (looping) of the decoded digit beside the pad, its held-out points and the"
                        + " puck; a melody model gives a MIDI file of the decoded two-bar melodies one after another.",
                "Points are x,y on the pad's plane: the two latent dimensions of a 2-D model, else the plane the explorer shows"
                        + " (the held-out codes' two leading principal directions)."})
final class RecordCommand implements Callable<Integer> {
    static final int MAX_PER_SEGMENT = 1000;
    static final int MAX_MELODIES = 500;
    private static final int DECODE_CHUNK = 256;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelArgs model;

    @Option(names = "--path", required = true, paramLabel = "x,y;x,y;…",
            description = "the points to visit, at least 2, e.g. \"-2,0;0,1.5;2,0\"")
    String path;

    @Option(names = "--frames-per-segment", paramLabel = "N",
            description = "frames (melodies) from each point to the next, 1 to " + MAX_PER_SEGMENT + " (default: 12 for a GIF, 4 for MIDI)")
    Integer perSegment;

    @Option(names = "--fps", paramLabel = "F", defaultValue = "12", description = "GIF frames a second, 1 to 50 (default: ${DEFAULT-VALUE})")
    int fps;

    @Option(names = "--size", paramLabel = "PX", defaultValue = "256",
            description = "GIF: side of the digit's panel and of the pad's, 64 to 1024 pixels (default: ${DEFAULT-VALUE})")
    int size;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "the file to write: tour.gif for an image model, tour.mid for a melody model")
    Path output;

    @Override
    public Integer call() throws Exception {
        Journey journey = Journey.parse("--path", path);
        if (perSegment != null) {
            Ranges.check("--frames-per-segment", perSegment, 1, MAX_PER_SEGMENT);
        }
        Path directory = model.directory();
        ModelKind kind = ModelStore.readCard(directory).kind();
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        switch (kind) {
            case IMAGE_VAE -> {
                requireSuffix(name.endsWith(".gif"), "an image model's journey is an animated GIF: name it .gif, e.g. -o tour.gif");
                recordGif(directory, journey, perSegment == null ? 12 : perSegment);
            }
            case MELODY -> {
                requireSuffix(name.endsWith(".mid") || name.endsWith(".midi"),
                        "a melody model's journey is a MIDI file: name it .mid, e.g. -o tour.mid");
                for (String gifOnly : List.of("--fps", "--size")) {
                    if (spec.commandLine().getParseResult().hasMatchedOption(gifOnly)) {
                        throw new IllegalArgumentException(gifOnly + " is for a GIF; a melody journey plays at the melodies' tempo");
                    }
                }
                recordMidi(directory, journey, perSegment == null ? 4 : perSegment);
            }
            default -> throw new IllegalArgumentException(directory + ": is a " + kind.section() + " model; record takes an image VAE"
                    + " (GIF) or a melody model (MIDI)");
        }
        return 0;
    }

    private void requireSuffix(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("-o " + output + ": " + problem);
        }
    }

    private void recordGif(Path directory, Journey journey, int frames) throws Exception {
        Ranges.check("--fps", fps, 1, 50);
        Ranges.check("--size", size, 64, 1024);
        Ranges.check("frames (--frames-per-segment x segments + 1)", journey.frameCount(frames), 2, Journey.MAX_FRAMES);
        List<double[]> points = journey.frames(frames);
        int centiseconds = Math.max(2, Math.round(100f / fps));
        try (LatentSpace space = LatentSpace.open(directory)) {
            LatentPlane plane = space.defaultPlane();
            JourneyPicture picture = new JourneyPicture(pad(space, plane, journey), size);
            List<float[]> decoded = new ArrayList<>();
            AnimatedGif.write(output, points.size(), i -> {
                if (i % DECODE_CHUNK == 0) {
                    decoded.clear();
                    List<double[]> part = points.subList(i, Math.min(points.size(), i + DECODE_CHUNK));
                    decoded.addAll(List.of(space.decodeAll(part.stream().map(p -> plane.toLatent(p[0], p[1])).toArray(float[][]::new))));
                }
                double[] at = points.get(i);
                return new AnimatedGif.Frame(picture.frame(decoded.get(i % DECODE_CHUNK), space.imageRows(), space.imageCols(), at[0],
                        at[1], journey.points()), centiseconds);
            });
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "wrote %s: %d frames, %d x %d pixels, %d fps (%.1f s, looping), %s on %s%n", output, points.size(),
                    picture.width(), picture.height(), fps, points.size() * centiseconds / 100.0, space.directory(), plane.description());
            out.flush();
        }
    }

    /** The pad as the explorer shows it: the held-out codes on the plane, framed with the path. */
    private static JourneyPicture.Pad pad(LatentSpace space, LatentPlane plane, Journey journey) {
        LatentMap map = space.latentMap().orElse(new LatentMap(new float[0], new int[0], space.latentSize()));
        double[] us = new double[map.count()];
        double[] vs = new double[map.count()];
        float[] z = new float[map.dimensions()];
        for (int p = 0; p < map.count(); p++) {
            System.arraycopy(map.means(), p * map.dimensions(), z, 0, z.length);
            double[] uv = plane.project(z);
            us[p] = uv[0];
            vs[p] = uv[1];
        }
        return JourneyPicture.Pad.framing(us, vs, map.labels(), journey.points());
    }

    private void recordMidi(Path directory, Journey journey, int perMelody) throws Exception {
        Ranges.check("melodies (--frames-per-segment x segments + 1)", journey.frameCount(perMelody), 2, MAX_MELODIES);
        List<double[]> points = journey.frames(perMelody);
        try (MelodySpace space = MelodySpace.open(directory)) {
            LatentPlane plane = space.principalPlane();
            float[][] zs = points.stream().map(p -> plane.toLatent(p[0], p[1])).toArray(float[][]::new);
            List<Melody> melodies = space.decodeAll(zs, 0, new Random(0));
            Melody tour = Melody.concat(melodies);
            MelodyMidi.write(tour, 0, output);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "wrote %s: %d melodies, %d bars, %.0f s at %.0f bpm, %s on its principal plane%n", output,
                    melodies.size(), tour.length() / Melody.STEPS_PER_BAR, tour.length() / 4.0 * 60 / tour.bpm(), tour.bpm(),
                    space.directory());
            out.flush();
        }
    }
}
