package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.latentexplorer.bench.Benchmarks;
import org.latentexplorer.bench.MachineInfo;
import org.latentexplorer.bench.Peers;
import org.latentexplorer.bench.Stats;
import org.latentexplorer.data.DataRoot;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.model.Devices;
import org.latentexplorer.model.MelodyVaeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure what makes the explorer feel live and print a table against the targets.",
                "  decode  single-point decode latency: p99 <= 300 us",
                "  drag    fps while dragging at 120 events/s: >= 55",
                "  epoch   784-400-20 MLP VAE epoch on MNIST: <= 3.5 s, and its ratio",
                "          to the arithmetic limit (its matmul flops at the engine's rate)",
                "  memory  RSS growth over 100,000 decodes: <= 20 MB",
                "  melody  one 2-bar melody decode (32 steps, argmax): p99 <= 5 ms",
                "  melody-train  melody VAE training, melodies per second",
                "  exhibit the exhibit touring for --exhibit-minutes (opt-in: --only exhibit;",
                "          needs a display): RSS growth <= 20 MB over 10 minutes,",
                "          no FX-thread stall > 100 ms",
                "With --vs-peer, the epoch and melody parts also run the same work in",
                "PyTorch from Python (../shared/peers) and print the ratios:",
                "epoch <= 0.9x the peer's, 784-400-20 decode p50 <= 0.9x the peer's",
                "mean, melody training >= 1.1x the peer's melodies/s.",
                "Other busy processes (a training run, say) slow every",
                "figure; the header says when one is running."})
final class BenchCommand implements Callable<Integer> {
    enum Part { DECODE, DRAG, EPOCH, MEMORY, MELODY, MELODY_TRAIN, EXHIBIT }

    static final double DECODE_P99_TARGET_MICROS = 300;
    static final double MELODY_P99_TARGET_MILLIS = 5;
    static final double DRAG_FPS_TARGET = 55;
    static final double EPOCH_SECONDS_TARGET = 3.5;
    static final double MEMORY_GROWTH_TARGET_MB = 20;
    static final double PEER_EPOCH_RATIO = 0.9;
    static final double PEER_DECODE_RATIO = 0.9;
    static final double PEER_MELODY_TRAINING_RATIO = 1.1;
    private static final int FULL_MNIST_TRAIN = 60_000;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelArgs model;

    @Option(names = "--only", split = ",", paramLabel = "PART", converter = PartConverter.class,
            description = "run only these parts: decode, drag, epoch, memory, melody, melody-train, exhibit (comma-separated;"
                    + " default: all but exhibit)")
    List<Part> only;

    @Option(names = "--exhibit-minutes", paramLabel = "MIN", defaultValue = "10",
            description = "how long the exhibit part tours after its warm-up (default: ${DEFAULT-VALUE})")
    double exhibitMinutes;

    @Option(names = "--exhibit-warmup-seconds", paramLabel = "S", defaultValue = "60",
            description = "how long the exhibit tours before its memory is first read (default: ${DEFAULT-VALUE})")
    int exhibitWarmupSeconds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000", description = "untimed decodes before timing (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--decodes", paramLabel = "N", defaultValue = "20000", description = "timed single-point decodes (default: ${DEFAULT-VALUE})")
    int decodes;

    @Option(names = "--drag-rate", paramLabel = "HZ", defaultValue = "120", description = "drag events per second (default: ${DEFAULT-VALUE})")
    double dragRate;

    @Option(names = "--drag-seconds", paramLabel = "S", defaultValue = "5", description = "how long the drag lasts (default: ${DEFAULT-VALUE})")
    double dragSeconds;

    @Option(names = "--drag-scale", paramLabel = "K", defaultValue = "10",
            description = "the displayed digit is enlarged this many times per frame (default: ${DEFAULT-VALUE}, 280x280)")
    int dragScale;

    @Option(names = "--epochs-timed", paramLabel = "N", defaultValue = "3", description = "training epochs to time; the median is reported, so the first epoch's JIT warm-up does not decide it (default: ${DEFAULT-VALUE})")
    int epochsTimed;

    @Option(names = "--skip-training", description = "leave out the training epoch")
    boolean skipTraining;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "128", description = "training batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--train-limit", defaultValue = "0", paramLabel = "N",
            description = "train on only the first N images (0 = all 60,000; the target applies only to all)")
    int trainLimit;

    @Option(names = "--data", paramLabel = "DIR", description = "MNIST folder for the training epoch (default: the one from setup)")
    Path data;

    @Option(names = "--memory-warmup", paramLabel = "N", defaultValue = "5000", description = "decodes before the first memory reading (default: ${DEFAULT-VALUE})")
    int memoryWarmup;

    @Option(names = "--memory-decodes", paramLabel = "N", defaultValue = "100000", description = "decodes between the memory readings (default: ${DEFAULT-VALUE})")
    int memoryDecodes;

    @Option(names = "--torch-threads", paramLabel = "N",
            description = "PyTorch intra-op threads (sets ai.djl.pytorch.num_threads; only before the engine has loaded)")
    Integer torchThreads;

    @Option(names = "--melody-model", paramLabel = "DIR|NAME", defaultValue = "melody-vae",
            description = "melody model for the melody part: a directory or a name under the models folder (default: ${DEFAULT-VALUE})")
    String melodyModel;

    @Option(names = "--melody-decodes", paramLabel = "N", defaultValue = "1000", description = "timed melody decodes (default: ${DEFAULT-VALUE})")
    int melodyDecodes;

    @Option(names = "--melody-batches", paramLabel = "N", defaultValue = "40",
            description = "batches of random melodies per timed melody-training epoch (default: ${DEFAULT-VALUE})")
    int melodyBatches;

    @Option(names = "--melody-epochs", paramLabel = "N", defaultValue = "3",
            description = "melody-training epochs to time; the median is reported (default: ${DEFAULT-VALUE})")
    int melodyEpochs;

    @Option(names = "--vs-peer", description = "also run the PyTorch peers and print each figure beside theirs with the ratio")
    boolean vsPeer;

    @Option(names = "--peers", paramLabel = "DIR", description = "the peers' folder (default: ../shared/peers beside the project)")
    Path peers;

    @Option(names = "--python", paramLabel = "PATH",
            description = "a Python with torch and numpy for the peers (default: an environment made under the data folder)")
    Path python;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "seed for the random decode points (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        validate();
        if (torchThreads != null) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(torchThreads));
        }
        Set<Part> parts = only == null || only.isEmpty() ? EnumSet.complementOf(EnumSet.of(Part.EXHIBIT)) : EnumSet.copyOf(only);
        if (skipTraining) {
            parts.remove(Part.EPOCH);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path modelDir = model.directory();
        try (LatentSpace space = LatentSpace.open(modelDir)) {
            MachineInfo machine = MachineInfo.current();
            out.println("Latent Explorer bench");
            out.printf("machine   %s, %d cores, %s, Java %s%n", machine.cpuModel(), machine.cores(), machine.os(), machine.java());
            out.printf("engine    %s; torch threads %s%n", Devices.summary(Devices.preferred()), machine.torchThreads());
            out.printf("model     %s: %s%n", modelDir, space.describe());
            out.printf("load      %s%n", machine.busyTrainers().isEmpty()
                    ? "no other latent train process; load average " + machine.loadAverage()
                    : "a training process is running (" + String.join(", ", machine.busyTrainers())
                            + ") and competes for the CPU; load average " + machine.loadAverage());
            out.flush();

            Table table = new Table();
            if (parts.contains(Part.DECODE)) {
                Stats.Summary s = Benchmarks.decodeLatency(space, warmup, decodes, seed).micros();
                String n = String.format(Locale.ROOT, "%,d single decodes", s.count());
                table.row("decode", "p50 latency", micros(s.p50()), n, "");
                table.row("decode", "p90 latency", micros(s.p90()), "", "");
                table.row("decode", "p99 latency", micros(s.p99()), "<= " + micros(DECODE_P99_TARGET_MICROS),
                        verdict(s.p99() <= DECODE_P99_TARGET_MICROS));
                table.row("decode", "max latency", micros(s.max()), "", "");
                table.flushTo(out);
            }
            if (parts.contains(Part.DRAG)) {
                Benchmarks.Drag d = Benchmarks.drag(space, dragRate, dragSeconds, dragScale);
                table.row("drag", "frames per second", String.format(Locale.ROOT, "%.0f fps", d.medianFps()),
                        ">= " + (int) DRAG_FPS_TARGET + " fps", verdict(d.medianFps() >= DRAG_FPS_TARGET));
                table.row("drag", "frames shown / events", d.framesShown() + " / " + d.eventsPosted(),
                        String.format(Locale.ROOT, "%.0f ev/s, %.1f s, %dx%d", dragRate, dragSeconds, d.imageWidth(), d.imageHeight()), "");
                table.row("drag", "event-to-frame p50", millis(d.latencyMillis().p50()), "", "");
                table.row("drag", "event-to-frame p99", millis(d.latencyMillis().p99()), "", "");
                table.flushTo(out);
            }
            Peers peer = vsPeer ? findPeers(table, out) : null;
            if (parts.contains(Part.EPOCH)) {
                epochPart(table, peer);
                table.flushTo(out);
            }
            if (parts.contains(Part.MEMORY)) {
                Benchmarks.Memory m = Benchmarks.memory(space, memoryWarmup, memoryDecodes, seed);
                if (m.measured()) {
                    table.row("memory", "RSS before / after", String.format(Locale.ROOT, "%.1f / %.1f MB",
                            m.beforeBytes() / 1048576.0, m.afterBytes() / 1048576.0),
                            String.format(Locale.ROOT, "%,d decodes", m.decodes()), "");
                    table.row("memory", "RSS growth", String.format(Locale.ROOT, "%+.1f MB", m.growthMegabytes()),
                            "<= " + (int) MEMORY_GROWTH_TARGET_MB + " MB", verdict(m.growthMegabytes() <= MEMORY_GROWTH_TARGET_MB));
                } else {
                    table.row("memory", "RSS growth", "n/a (no /proc/self/status)", "", "-");
                }
                table.flushTo(out);
            }
            if (parts.contains(Part.MELODY) || parts.contains(Part.MELODY_TRAIN)) {
                melodyParts(table, out, parts, peer);
            }
            if (parts.contains(Part.EXHIBIT)) {
                ExhibitSoakPart.run(table::row, out, modelDir, ModelArgs.resolve(melodyModel), exhibitMinutes, exhibitWarmupSeconds);
                table.flushTo(out);
            }
            out.println(table.failures == 0 ? "all measured targets met" : table.failures + " target(s) missed");
            out.flush();
        }
        return 0;
    }

    /** Part names as users type them: decode, drag, epoch, memory (any case). */
    static final class PartConverter implements ITypeConverter<Part> {
        @Override
        public Part convert(String value) {
            for (Part p : Part.values()) {
                if (p.name().replace('_', '-').equalsIgnoreCase(value.trim())) {
                    return p;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a part: use decode, drag, epoch, memory, melody or melody-train, or the opt-in exhibit");
        }
    }

    private void validate() {
        Ranges.check("--decodes", decodes, 1, 10_000_000);
        Ranges.check("--drag-scale", dragScale, 1, 64);
        Ranges.check("--epochs-timed", epochsTimed, 1, 100);
        Ranges.check("--batch", batch, 1, FULL_MNIST_TRAIN);
        Ranges.check("--memory-decodes", memoryDecodes, 1, 10_000_000);
        Ranges.check("--melody-decodes", melodyDecodes, 1, 1_000_000);
        Ranges.check("--melody-batches", melodyBatches, 1, 100_000);
        Ranges.check("--melody-epochs", melodyEpochs, 1, 100);
        Ranges.check("--warmup", warmup, 0, 10_000_000);
        Ranges.check("--memory-warmup", memoryWarmup, 0, 10_000_000);
        Ranges.check("--train-limit", trainLimit, 0, FULL_MNIST_TRAIN);
        Ranges.check("--exhibit-warmup-seconds", exhibitWarmupSeconds, 0, 3600);
        if (!(exhibitMinutes > 0 && exhibitMinutes <= 24 * 60)) {
            throw new IllegalArgumentException("--exhibit-minutes must be in (0, 1440], got " + exhibitMinutes);
        }
        if (!(dragRate > 0 && dragRate <= 10_000) || !(dragSeconds > 0 && dragSeconds <= 600)) {
            throw new IllegalArgumentException("--drag-rate must be in (0, 10000] and --drag-seconds in (0, 600], got " + dragRate
                    + " and " + dragSeconds);
        }
        if (torchThreads != null) {
            Ranges.check("--torch-threads", torchThreads, 1, 1024);
        }
    }

    private Peers findPeers(Table table, PrintWriter out) {
        Path folder = peers != null ? peers : defaultPeersFolder();
        try {
            Peers found = Peers.find(folder, python, DataRoot.resolve("peer-python"), line -> {
                out.println("peer      " + line);
                out.flush();
            });
            out.printf("peer      PyTorch %s from Python (%s), %d threads%n", found.torchVersion(), folder, peerThreads());
            return found;
        } catch (Peers.Unavailable e) {
            out.println("peer      skipped: " + e.getMessage());
            return null;
        } finally {
            out.flush();
        }
    }

    /** ../shared/peers beside the project folder the launcher names. */
    private static Path defaultPeersFolder() {
        String home = System.getProperty("latent.home");
        Path project = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        return project.resolve("..").resolve("shared").resolve("peers").normalize();
    }

    private int peerThreads() {
        return torchThreads != null ? torchThreads : Runtime.getRuntime().availableProcessors();
    }

    private void epochPart(Table table, Peers peer) throws Exception {
        Path folder = data != null ? data : ImageDataset.MNIST.defaultDirectory();
        Benchmarks.TrainedDecode trained = Benchmarks.trainingEpochsThenDecode(folder, epochsTimed, batch, trainLimit, decodes, seed);
        Benchmarks.Epochs e = trained.epochs();
        boolean full = e.trainImages() >= FULL_MNIST_TRAIN;
        String what = String.format(Locale.ROOT, "784-400-20, batch %d, %,d images, %d epoch%s", e.batchSize(),
                e.trainImages(), e.seconds().length, e.seconds().length == 1 ? "" : "s (median)");
        table.row("epoch", "seconds per epoch", String.format(Locale.ROOT, "%.2f s", e.medianSeconds()),
                full ? String.format(Locale.ROOT, "<= %.1f s", EPOCH_SECONDS_TARGET) : "n/a (subset)",
                full ? verdict(e.medianSeconds() <= EPOCH_SECONDS_TARGET) : "-");
        table.row("epoch", "setting", what, "", "");
        double gflops = Devices.matmulGigaflops();
        double limitSeconds = e.matmulFlops() / (gflops * 1e9);
        table.row("epoch", "arithmetic limit", String.format(Locale.ROOT, "%.2f s", limitSeconds), String.format(Locale.ROOT,
                "%.3g flop of matmuls at %.0f GFLOP/s (engine matmul)", e.matmulFlops(), gflops), "");
        table.row("epoch", "ratio to the limit", ratio(e.medianSeconds() / limitSeconds), "seconds per epoch / arithmetic limit", "");
        Stats.Summary decode = trained.decode().micros();
        table.row("epoch", "decode p50 (20-400-784)", micros(decode.p50()), String.format(Locale.ROOT, "%,d single decodes of the trained model",
                decode.count()), "");
        if (peer == null) {
            return;
        }
        try {
            Peers.ImageVaePeer p = peer.imageVae(folder, e.seconds().length, 20, 400, peerThreads());
            double epochRatio = e.medianSeconds() / p.medianSeconds();
            table.row("epoch", "peer seconds per epoch", String.format(Locale.ROOT, "%.2f s", p.medianSeconds()),
                    "PyTorch " + peer.torchVersion() + ", same sizes, batch, threads", "");
            table.row("epoch", "ratio to peer", ratio(epochRatio), "<= " + ratio(PEER_EPOCH_RATIO), verdict(epochRatio <= PEER_EPOCH_RATIO));
            double decodeRatio = decode.p50() / p.decodeMicros();
            table.row("epoch", "peer decode mean", micros(p.decodeMicros()), "20-400-784, batch of 1", "");
            table.row("epoch", "decode ratio to peer", ratio(decodeRatio), "p50 <= " + ratio(PEER_DECODE_RATIO) + " peer mean",
                    verdict(decodeRatio <= PEER_DECODE_RATIO));
        } catch (Peers.Unavailable unavailable) {
            table.row("epoch", "peer", "skipped", unavailable.getMessage(), "-");
        }
    }

    private void melodyParts(Table table, PrintWriter out, Set<Part> parts, Peers peer) throws Exception {
        Path melodyDir = ModelArgs.resolve(melodyModel);
        MelodyVaeConfig config;
        int melodyBatch;
        Peers.MelodyVaePeer p = null;
        try (MelodySpace melodies = MelodySpace.open(melodyDir)) {
            config = melodies.card().melody();
            melodyBatch = melodies.card().training().batchSize();
            if (peer != null) {
                try {
                    p = peer.melodyVae(config, melodyBatch, peerThreads(), melodyBatches);
                } catch (Peers.Unavailable unavailable) {
                    table.row("melody", "peer", "skipped", unavailable.getMessage(), "-");
                }
            }
            if (parts.contains(Part.MELODY)) {
                Stats.Summary s = Benchmarks.melodyDecodeLatency(melodies, Math.min(100, melodyDecodes), melodyDecodes, seed).micros();
                table.row("melody", "p50 decode", millis(s.p50() / 1000), String.format(Locale.ROOT, "%,d melodies, %s, latent %d",
                        s.count(), melodyDir.getFileName(), melodies.latentSize()), "");
                table.row("melody", "p99 decode", millis(s.p99() / 1000), "<= " + millis(MELODY_P99_TARGET_MILLIS),
                        verdict(s.p99() / 1000 <= MELODY_P99_TARGET_MILLIS));
                if (p != null) {
                    table.row("melody", "peer p50 / p99 decode", millis(p.decodeP50Millis()) + " / " + millis(p.decodeP99Millis()),
                            "ratio p50 " + ratio(s.p50() / 1000 / p.decodeP50Millis()), "");
                }
            }
            table.flushTo(out);
        }
        if (parts.contains(Part.MELODY_TRAIN)) {
            Benchmarks.MelodyTraining t = Benchmarks.melodyTraining(config, melodyBatch, melodyBatches, melodyEpochs);
            double gflops = Devices.matmulGigaflops();
            double limit = gflops * 1e9 / (2 * t.multiplyAddsPerMelody());
            table.row("melody", "training melodies/s", String.format(Locale.ROOT, "%.0f", t.median()), String.format(Locale.ROOT,
                    "enc %d, dec %d, latent %d, batch %d", config.encoderState(), config.decoderState(), config.latentSize(), melodyBatch), "");
            table.row("melody", "of the arithmetic limit", String.format(Locale.ROOT, "%.0f %%", 100 * t.median() / limit),
                    String.format(Locale.ROOT, "%.0f melodies/s at %.0f GFLOP/s (engine matmul)", limit, gflops), "");
            if (p != null) {
                double trainingRatio = t.median() / p.melodiesPerSecond();
                table.row("melody", "peer melodies/s", String.format(Locale.ROOT, "%.0f", p.melodiesPerSecond()), "random melodies, same sizes", "");
                table.row("melody", "training ratio to peer", ratio(trainingRatio), ">= " + ratio(PEER_MELODY_TRAINING_RATIO),
                        verdict(trainingRatio >= PEER_MELODY_TRAINING_RATIO));
            }
            table.flushTo(out);
        }
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, "%.0f us", value);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    /** Aligned text rows: part, measure, value, target or setting, PASS/FAIL; printed as each part finishes. */
    private static final class Table {
        private static final String FORMAT = "%-7s %-26s %-20s %-44s %s%n";
        private final List<String[]> rows = new ArrayList<>();
        private boolean headerDone;
        int failures;

        void row(String part, String measure, String value, String target, String verdict) {
            rows.add(new String[] {part, measure, value, target, verdict});
            if (verdict.equals("FAIL")) {
                failures++;
            }
        }

        void flushTo(PrintWriter out) {
            if (!headerDone) {
                out.println();
                out.printf(FORMAT, "part", "measure", "value", "target / setting", "result");
                headerDone = true;
            }
            for (String[] r : rows) {
                out.printf(FORMAT, (Object[]) r);
            }
            rows.clear();
            out.flush();
        }
    }
}
