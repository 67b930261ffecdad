package org.latentexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.LatestWinsDecoder;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.MelodySource;
import org.latentexplorer.model.MelodyVaeConfig;
import org.latentexplorer.model.VaeConfig;
import org.latentexplorer.train.EpochMetrics;
import org.latentexplorer.train.ImageVaeTrainer;
import org.latentexplorer.train.MelodyTrainingPlan;
import org.latentexplorer.train.MelodyVaeTrainer;
import org.latentexplorer.train.ProgressListener;
import org.latentexplorer.train.Schedule;
import org.latentexplorer.train.TrainingPlan;
import org.latentexplorer.train.TrainingResult;

/** The measurements behind {@code latent bench}; each returns plain figures and prints nothing. */
public final class Benchmarks {
    private Benchmarks() {
    }

    // ---- 1. single-point decode latency ----

    /** Latency of one {@link LatentSpace#decode} call, in microseconds. */
    public record DecodeLatency(Stats.Summary micros) {
    }

    /** {@code warmup} untimed decodes, then {@code count} timed ones at random points in [-3, 3]^n. */
    public static DecodeLatency decodeLatency(LatentSpace space, int warmup, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("decode count must be at least 1, got " + count);
        }
        float[][] points = randomPoints(space.latentSize(), 1024, seed);
        float sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += space.decode(points[i & 1023])[0];
        }
        double[] micros = new double[count];
        for (int i = 0; i < count; i++) {
            float[] z = points[i & 1023];
            long start = System.nanoTime();
            float[] pixels = space.decode(z);
            micros[i] = (System.nanoTime() - start) / 1_000.0;
            sink += pixels[0];
        }
        blackhole(sink);
        return new DecodeLatency(Stats.summarize(micros));
    }

    /** {@code warmup} untimed melody decodes (32 steps, argmax), then {@code count} timed ones at prior samples. */
    public static DecodeLatency melodyDecodeLatency(MelodySpace space, int warmup, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("melody decode count must be at least 1, got " + count);
        }
        java.util.Random random = new java.util.Random(seed);
        float[][] points = new float[256][];
        for (int i = 0; i < points.length; i++) {
            points[i] = space.samplePrior(random);
        }
        int sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += space.decode(points[i & 255], 0, null).event(0);
        }
        double[] micros = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            sink += space.decode(points[i & 255], 0, null).event(0);
            micros[i] = (System.nanoTime() - start) / 1_000.0;
        }
        blackhole(sink);
        return new DecodeLatency(Stats.summarize(micros));
    }

    // ---- 2. drag simulation ----

    /**
     * Frames shown per second (median over whole 1-second windows), and the time from posting a point to its
     * frame being ready on the display thread, in milliseconds.
     */
    public record Drag(int eventsPosted, int framesShown, double seconds, double medianFps, Stats.Summary latencyMillis,
                       int imageWidth, int imageHeight) {
    }

    /** The decoder thread's resource: the caller's model, which the decoder must not close when it stops. */
    private record Borrowed(LatentSpace space) implements AutoCloseable {
        @Override
        public void close() {
            // the caller owns the model
        }
    }

    private record Frame(long postedNanos, float[] pixels) {
    }

    /**
     * Posts points along a smooth closed path at {@code eventsPerSecond} for {@code seconds} to a
     * {@link LatestWinsDecoder} (POINT lane), whose results go to one "display" thread that turns each digit
     * into an ARGB image enlarged {@code scale} times, as the explorer's view does per frame.
     */
    public static Drag drag(LatentSpace space, double eventsPerSecond, double seconds, int scale) throws InterruptedException {
        if (!(eventsPerSecond > 0) || !(seconds > 0) || scale < 1) {
            throw new IllegalArgumentException("drag needs a positive event rate, duration and scale");
        }
        int rows = space.imageRows();
        int cols = space.imageCols();
        // one "FX" thread; frames that arrive after the drag ended are dropped quietly
        ThreadPoolExecutor display = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "bench-fake-fx");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
        List<Long> shownAt = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        int[] argb = new int[rows * scale * cols * scale];
        int events = (int) Math.round(eventsPerSecond * seconds);
        long start;
        try (LatestWinsDecoder<Borrowed> decoder = new LatestWinsDecoder<>("bench-decoder", display, failure::set)) {
            Borrowed model = new Borrowed(space);
            CountDownLatch opened = new CountDownLatch(1);
            decoder.open(() -> model, m -> opened.countDown(), e -> {
                failure.set(e);
                opened.countDown();
            });
            if (!opened.await(30, TimeUnit.SECONDS) || failure.get() != null) {
                throw new IllegalStateException("the decoder thread did not start: " + failure.get());
            }
            long period = Math.round(1e9 / eventsPerSecond);
            start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                long due = start + i * period;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                float[] z = pathPoint(space.latentSize(), i / eventsPerSecond);
                long posted = System.nanoTime();
                decoder.post(LatestWinsDecoder.Lane.POINT, model, m -> new Frame(posted, m.space().decode(z)), frame -> {
                    toArgb(frame.pixels(), rows, cols, scale, argb);
                    long now = System.nanoTime();
                    shownAt.add(now);
                    latencies.add((now - frame.postedNanos()) / 1e6);
                });
            }
            Thread.sleep(250);
        }
        display.shutdown();
        if (!display.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the display thread did not finish");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("decoding failed during the drag: " + failure.get().getMessage(), failure.get());
        }
        int windows = Math.max(1, (int) Math.floor(seconds));
        double[] perWindow = new double[windows];
        for (long t : shownAt) {
            int w = (int) ((t - start) / 1_000_000_000L);
            if (w >= 0 && w < windows) {
                perWindow[w]++;
            }
        }
        if (seconds < 1) {
            perWindow[0] = perWindow[0] / seconds;
        }
        double[] lat = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        Stats.Summary latency = lat.length == 0 ? new Stats.Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                : Stats.summarize(lat);
        return new Drag(events, shownAt.size(), seconds, Stats.median(perWindow), latency, cols * scale, rows * scale);
    }

    /** A smooth closed path: a Lissajous curve of radius 2 in every latent dimension, one lap in 4 seconds. */
    static float[] pathPoint(int latentSize, double seconds) {
        float[] z = new float[latentSize];
        for (int i = 0; i < latentSize; i++) {
            double phase = 2 * Math.PI * seconds / 4.0 * (1 + i % 3);
            z[i] = (float) (2.0 * (i % 2 == 0 ? Math.cos(phase + i) : Math.sin(phase + i)));
        }
        return z;
    }

    /** What the view does per frame: grey [0, 1] pixels to opaque ARGB, every pixel a {@code scale x scale} square. */
    static void toArgb(float[] pixels, int rows, int cols, int scale, int[] out) {
        int width = cols * scale;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                int g = Math.round(Math.max(0f, Math.min(1f, pixels[y * cols + x])) * 255f);
                int color = 0xFF000000 | g << 16 | g << 8 | g;
                int base = y * scale * width + x * scale;
                for (int dy = 0; dy < scale; dy++) {
                    java.util.Arrays.fill(out, base + dy * width, base + dy * width + scale, color);
                }
            }
        }
    }

    // ---- 3. training epoch time ----

    /** Seconds per training epoch (only the optimisation pass; evaluation and saving are not counted). */
    public record Epochs(VaeConfig config, int trainImages, int batchSize, double[] seconds) {
        public double medianSeconds() {
            return Stats.median(seconds);
        }

        /**
         * The floating-point operations of an epoch's matrix products, counted from the MLP's layer sizes: per image the
         * forward multiply-adds (encoder layers, the mean and log-variance heads, decoder layers), then the backward pass's
         * weight gradients (as many again) and input gradients (as many again, less the first layer's: the images need
         * none), two operations per multiply-add. Biases, activations, the loss and Adam are left out (about 2 % more).
         */
        public double matmulFlops() {
            int pixels = config.imageSize();
            long forward = 0;
            int in = pixels;
            for (int width : config.hidden()) {
                forward += (long) in * width;
                in = width;
            }
            forward += 2L * in * config.latentSize();
            int out = config.latentSize();
            for (int i = config.hidden().size() - 1; i >= 0; i--) {
                forward += (long) out * config.hidden().get(i);
                out = config.hidden().get(i);
            }
            forward += (long) out * pixels;
            long firstLayerInputGradient = (long) pixels * config.hidden().get(0);
            return 2.0 * (3 * forward - firstLayerInputGradient) * trainImages;
        }
    }

    /** Trains the classic 784-400-20 MLP VAE for {@code epochs} epochs on MNIST in {@code dataDirectory}, in a temporary folder. */
    public static Epochs trainingEpochs(Path dataDirectory, int epochs, int batchSize, int trainLimit) throws IOException {
        Path scratch = Files.createTempDirectory("latent-bench-");
        try {
            return trainingEpochs(dataDirectory, epochs, batchSize, trainLimit, scratch.resolve("model"));
        } finally {
            deleteRecursively(scratch);
        }
    }

    private static Epochs trainingEpochs(Path dataDirectory, int epochs, int batchSize, int trainLimit, Path output) throws IOException {
        VaeConfig config = VaeConfig.mlp(20, 400);
        TrainingPlan plan = new TrainingPlan("bench-epoch", config, ImageDataset.MNIST, dataDirectory, epochs, batchSize,
                1e-3f, Schedule.CONSTANT, 1f, 42, trainLimit, 500, output, null, false, "latent bench");
        TrainingResult result = new ImageVaeTrainer(plan, ProgressListener.SILENT).run();
        return new Epochs(config, result.card().dataset().trainImages(), batchSize,
                result.history().stream().mapToDouble(EpochMetrics::seconds).toArray());
    }

    /** The single-point decode latency of the model a training epoch produced, when it is kept for that. */
    public record TrainedDecode(Epochs epochs, DecodeLatency decode) {
    }

    /**
     * {@link #trainingEpochs}, then {@code decodes} single-point decodes of the trained 784-400-20 model, the
     * architecture the PyTorch peer times its decode on.
     */
    public static TrainedDecode trainingEpochsThenDecode(Path dataDirectory, int epochs, int batchSize, int trainLimit,
                                                         int decodes, long seed) throws IOException {
        Path scratch = Files.createTempDirectory("latent-bench-");
        try {
            Epochs timed = trainingEpochs(dataDirectory, epochs, batchSize, trainLimit, scratch.resolve("model"));
            try (LatentSpace space = LatentSpace.open(scratch.resolve("model"))) {
                return new TrainedDecode(timed, decodeLatency(space, Math.min(decodes, 2000), decodes, seed));
            }
        } finally {
            deleteRecursively(scratch);
        }
    }

    // ---- 3b. melody training throughput ----

    /** Training melodies per second, each epoch's, at the given sizes. */
    public record MelodyTraining(MelodyVaeConfig config, int batchSize, int melodiesPerEpoch, double[] melodiesPerSecond) {
        public double median() {
            return Stats.median(melodiesPerSecond);
        }

        /**
         * Multiply-adds of one training melody: LSTM steps cost about 4·h·(input + h) per direction, the output layer
         * classes·h per step, and training about three times the forward pass.
         */
        public double multiplyAddsPerMelody() {
            int steps = config.steps();
            int classes = Melody.CLASSES;
            double encoder = 2.0 * steps * 4 * config.encoderState() * (classes + config.encoderState());
            double decoder = steps * 4.0 * config.decoderState() * (classes + config.latentSize() + config.decoderState());
            double output = (double) steps * classes * config.decoderState();
            return 3 * (encoder + decoder + output);
        }
    }

    /**
     * Trains the melody VAE at {@code config}'s sizes on {@code batches} batches of random melodies per epoch (as the
     * PyTorch peer does: the arithmetic, not the corpus), {@code epochs} times, through the project's training loop.
     */
    public static MelodyTraining melodyTraining(MelodyVaeConfig config, int batchSize, int batches, int epochs) throws IOException {
        Random random = new Random(11);
        List<Melody> train = randomMelodies(batchSize * batches, config.steps(), random);
        List<Melody> test = randomMelodies(batchSize, config.steps(), random);
        Path scratch = Files.createTempDirectory("latent-bench-melody-");
        try {
            MelodyTrainingPlan plan = new MelodyTrainingPlan("bench-melody", config, new MelodySource.Midi(List.of()), 10, 16, epochs, batchSize, 1e-3f,
                    Schedule.CONSTANT, 0.2f, 0f, 0, 0, 0f, 42, 0, 0, scratch.resolve("model"), null, false, "latent bench");
            MelodyVaeTrainer.MelodyResult result = new MelodyVaeTrainer(plan, ProgressListener.SILENT)
                    .run(new MelodyVaeTrainer.Split(train, test, List.of()));
            double[] rates = result.history().stream().mapToDouble(m -> train.size() / m.seconds()).toArray();
            return new MelodyTraining(config, batchSize, train.size(), rates);
        } finally {
            deleteRecursively(scratch);
        }
    }

    private static List<Melody> randomMelodies(int count, int steps, Random random) {
        List<Melody> melodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int[] events = new int[steps];
            for (int t = 0; t < steps; t++) {
                events[t] = random.nextInt(Melody.CLASSES);
            }
            melodies.add(new Melody(events));
        }
        return melodies;
    }

    // ---- 4. memory growth ----

    /** Resident set size before and after the timed decodes, in bytes (-1 where the OS does not say). */
    public record Memory(int decodes, long beforeBytes, long afterBytes) {
        public double growthMegabytes() {
            return (afterBytes - beforeBytes) / (1024.0 * 1024.0);
        }

        public boolean measured() {
            return beforeBytes >= 0 && afterBytes >= 0;
        }
    }

    /** {@code warmup} decodes and a GC, RSS, {@code count} single decodes and a GC, RSS again. */
    public static Memory memory(LatentSpace space, int warmup, int count, long seed) throws InterruptedException {
        float[][] points = randomPoints(space.latentSize(), 1024, seed);
        float sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += space.decode(points[i & 1023])[0];
        }
        settle();
        long before = MachineInfo.residentBytes();
        for (int i = 0; i < count; i++) {
            sink += space.decode(points[i & 1023])[0];
        }
        settle();
        long after = MachineInfo.residentBytes();
        blackhole(sink);
        return new Memory(count, before, after);
    }

    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
    }

    // ---- helpers ----

    private static volatile float blackhole;

    private static void blackhole(float value) {
        blackhole = value;
    }

    private static float[][] randomPoints(int latentSize, int n, long seed) {
        Random random = new Random(seed);
        float[][] points = new float[n][latentSize];
        for (float[] p : points) {
            for (int i = 0; i < latentSize; i++) {
                p[i] = (float) (random.nextDouble() * 6 - 3);
            }
        }
        return points;
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
