package org.latentexplorer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.latentexplorer.model.MelodyVaeConfig;

/**
 * The same work in PyTorch from Python, what a user would run instead: the scripts in the project's peers folder
 * ({@code torch_vae.py}, {@code torch_melody_vae.py}), run by a Python that has torch, their figures read back from
 * what they print.
 */
public final class Peers {
    private static final Pattern EPOCH = Pattern.compile("^epoch \\d+ train_s ([0-9.]+) test_neg_elbo ([0-9.]+)");
    private static final Pattern DECODE = Pattern.compile("^decode_us ([0-9.]+)");
    private static final Pattern MELODY_TRAINING = Pattern.compile("^torch (\\S+) threads \\d+: training ([0-9.]+) melodies/s");
    private static final Pattern MELODY_DECODE = Pattern.compile("p50 ([0-9.]+) ms, p99 ([0-9.]+) ms");
    private static final String MARKER = ".torch-ready";

    private final Path python;
    private final Path scripts;
    private final String torchVersion;

    private Peers(Path python, Path scripts, String torchVersion) {
        this.python = python;
        this.scripts = scripts;
        this.torchVersion = torchVersion;
    }

    /** Why the peers could not run: one line for the bench table. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * The peers in {@code scripts}, run by {@code python} when given, else by the Python of a virtual environment in
     * {@code environment}, made on first use ({@code python3 -m venv}, then {@code pip install torch numpy}).
     */
    public static Peers find(Path scripts, Path python, Path environment, Consumer<String> progress) throws Unavailable {
        for (String script : List.of("torch_vae.py", "torch_melody_vae.py")) {
            if (!Files.isRegularFile(scripts.resolve(script))) {
                throw new Unavailable("no peer script " + scripts.resolve(script) + " (--peers names the folder)");
            }
        }
        Path interpreter = python != null ? python : environmentPython(environment, progress);
        String version = torchVersion(interpreter);
        return new Peers(interpreter, scripts, version);
    }

    public String torchVersion() {
        return torchVersion;
    }

    private static Path environmentPython(Path environment, Consumer<String> progress) throws Unavailable {
        Path interpreter = environment.resolve("bin").resolve("python");
        if (Files.exists(environment.resolve(MARKER)) && Files.isExecutable(interpreter)) {
            return interpreter;
        }
        progress.accept("making a Python environment with torch for the peers in " + environment + " (once; about a minute)");
        try {
            Benchmarks.deleteRecursively(environment);
            Files.createDirectories(environment.getParent());
        } catch (IOException e) {
            throw new Unavailable("cannot make " + environment + ": " + e.getMessage());
        }
        run(List.of("python3", "-m", "venv", environment.toString()), 300, "python3 -m venv (is python3 with venv installed?)");
        run(List.of(interpreter.toString(), "-m", "pip", "install", "--quiet", "--retries", "0", "--timeout", "30", "torch", "numpy"),
                1800, "pip install torch numpy");
        torchVersion(interpreter);
        try {
            Files.writeString(environment.resolve(MARKER), "torch installed\n");
        } catch (IOException e) {
            throw new Unavailable("cannot write " + environment.resolve(MARKER) + ": " + e.getMessage());
        }
        return interpreter;
    }

    private static String torchVersion(Path interpreter) throws Unavailable {
        List<String> lines = run(List.of(interpreter.toString(), "-c", "import torch, numpy; print(torch.__version__)"), 120,
                interpreter + " cannot import torch and numpy");
        return lines.isEmpty() ? "?" : lines.get(lines.size() - 1).trim();
    }

    /** The peer's 784-H-Z MLP VAE: seconds of each epoch and its mean single-point decode time. */
    public record ImageVaePeer(double[] epochSeconds, double decodeMicros) {
        public double medianSeconds() {
            return Stats.median(epochSeconds);
        }
    }

    public ImageVaePeer imageVae(Path mnist, int epochs, int latent, int hidden, int threads) throws Unavailable {
        List<String> lines = run(List.of(python.toString(), scripts.resolve("torch_vae.py").toString(), mnist.toString(),
                Integer.toString(epochs), Integer.toString(latent), Integer.toString(hidden), Integer.toString(threads)),
                3600, "torch_vae.py");
        List<Double> seconds = new ArrayList<>();
        Double decode = null;
        for (String line : lines) {
            Matcher epoch = EPOCH.matcher(line);
            Matcher decodeLine = DECODE.matcher(line);
            if (epoch.find()) {
                seconds.add(Double.parseDouble(epoch.group(1)));
            } else if (decodeLine.find()) {
                decode = Double.parseDouble(decodeLine.group(1));
            }
        }
        if (seconds.isEmpty() || decode == null) {
            throw new Unavailable("torch_vae.py printed no epoch times or decode time: " + tail(lines));
        }
        return new ImageVaePeer(seconds.stream().mapToDouble(Double::doubleValue).toArray(), decode);
    }

    /** The peer's melody VAE: training melodies per second, and single-melody decode p50 and p99 in milliseconds. */
    public record MelodyVaePeer(double melodiesPerSecond, double decodeP50Millis, double decodeP99Millis) {
    }

    public MelodyVaePeer melodyVae(MelodyVaeConfig config, int batch, int threads, int batches) throws Unavailable {
        List<String> lines = run(List.of(python.toString(), scripts.resolve("torch_melody_vae.py").toString(),
                "--enc", Integer.toString(config.encoderState()), "--dec", Integer.toString(config.decoderState()),
                "--latent", Integer.toString(config.latentSize()), "--batch", Integer.toString(batch),
                "--threads", Integer.toString(threads), "--batches", Integer.toString(batches)), 3600, "torch_melody_vae.py");
        Double rate = null;
        Matcher decode = null;
        for (String line : lines) {
            Matcher training = MELODY_TRAINING.matcher(line);
            Matcher decodeLine = MELODY_DECODE.matcher(line);
            if (training.find()) {
                rate = Double.parseDouble(training.group(2));
            } else if (decodeLine.find()) {
                decode = decodeLine;
            }
        }
        if (rate == null || decode == null) {
            throw new Unavailable("torch_melody_vae.py printed no training rate or decode times: " + tail(lines));
        }
        return new MelodyVaePeer(rate, Double.parseDouble(decode.group(1)), Double.parseDouble(decode.group(2)));
    }

    private static List<String> run(List<String> command, long timeoutSeconds, String what) throws Unavailable {
        Path log = null;
        try {
            log = Files.createTempFile("latent-peer-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Unavailable(what + " did not finish in " + timeoutSeconds + " s");
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new Unavailable(what + " failed (exit " + process.exitValue() + "): " + tail(lines));
            }
            return lines;
        } catch (IOException e) {
            throw new Unavailable(what + " could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(what + " was interrupted");
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temporary log left behind is harmless
                }
            }
        }
    }

    private static String tail(List<String> lines) {
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1).trim();
    }
}
