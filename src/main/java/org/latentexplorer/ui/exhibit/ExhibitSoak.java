package org.latentexplorer.ui.exhibit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.latentexplorer.music.MelodyPlayer;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.i18n.Texts;

/**
 * The exhibit left alone for a long time, measured: it runs in a window, touring (and going back to its
 * start screen every reset time), while the FX thread's frame gaps and the delay of a {@code runLater}
 * posted every 100 ms are recorded and the resident memory is read every few seconds. Memory counts
 * from the end of a warm-up (the engine, the JIT and the first textures settle there).
 */
public final class ExhibitSoak {
    private static final long PING_MILLIS = 100;
    private static final long SAMPLE_MILLIS = 1000;

    /** What a soak measured. Bytes -1: no resident-memory reading on this system. */
    public record Figures(Duration measured, long rssStartBytes, long rssEndBytes, long rssMaxBytes, double rssTrendBytes, long frames,
                          double longestFrameGapMillis,
                          double p99FrameGapMillis, int frameGapsOver100Millis, int pings, double longestPingMillis, int viewSwitches,
                          int startScreens, int secondsThePuckMoved) {
        public double rssGrowthMegabytes() {
            return (rssEndBytes - rssStartBytes) / 1048576.0;
        }
    }

    private ExhibitSoak() {
    }

    /**
     * Runs {@code options}' exhibit in a {@code width} x {@code height} window for {@code warmup}, then
     * measures for {@code measured}; {@code rss} reads the resident bytes, {@code progress} hears a line a minute.
     */
    public static Figures run(ExhibitOptions options, Duration warmup, Duration measured, int width, int height, LongSupplier rss,
                              Consumer<String> progress) throws InterruptedException {
        startToolkit();
        Window window = onFx(() -> new Window(options, width, height));
        ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "exhibit-soak-ping");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Thread.sleep(warmup.toMillis());
            onFx(() -> {
                window.measuring = true;
                return null;
            });
            long start = rss.getAsLong();
            long max = start;
            long end = start;
            // one reading a second, kept in an array made up front: the soak's own memory must not grow
            double[] seconds = new double[(int) (measured.toMillis() / SAMPLE_MILLIS) + 2];
            double[] readings = new double[seconds.length];
            int samples = 0;
            long began = System.nanoTime();
            pinger.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> window.pings.add((System.nanoTime() - posted) / 1e6));
            }, 0, PING_MILLIS, TimeUnit.MILLISECONDS);
            long deadline = System.nanoTime() + measured.toNanos();
            long nextProgress = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (System.nanoTime() < deadline) {
                Thread.sleep(Math.min(SAMPLE_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
                onFx(window::sample);
                end = rss.getAsLong();
                max = Math.max(max, end);
                if (samples < readings.length) {
                    seconds[samples] = (System.nanoTime() - began) / 1e9;
                    readings[samples++] = end;
                }
                if (System.nanoTime() >= nextProgress) {
                    nextProgress += Duration.ofMinutes(1).toNanos();
                    progress.accept(String.format(java.util.Locale.ROOT, "%.0f of %.0f min, RSS %.1f MB (%+.1f), longest frame gap %.0f ms",
                            (measured.toNanos() - (deadline - System.nanoTime())) / 60e9, measured.toNanos() / 60e9, end / 1048576.0,
                            (end - start) / 1048576.0, onFx(window.gaps::longest)));
                }
            }
            pinger.shutdownNow();
            long highest = max;
            double trend = slope(seconds, readings, samples) * measured.toMillis() / 1000.0;
            return onFx(() -> window.figures(measured, start, rss.getAsLong(), highest, trend));
        } finally {
            pinger.shutdownNow();
            onFx(() -> {
                window.close();
                return null;
            });
        }
    }

    /** The least-squares slope of {@code y} over {@code x}, first {@code n} points (0 for fewer than two). */
    static double slope(double[] x, double[] y, int n) {
        if (n < 2) {
            return 0;
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i] / n;
            meanY += y[i] / n;
        }
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            variance += (x[i] - meanX) * (x[i] - meanX);
        }
        return variance == 0 ? 0 : covariance / variance;
    }

    private static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        Platform.setImplicitExit(false);
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws InterruptedException {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result[0] = call.call();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw new IllegalStateException("the exhibit soak failed: " + failure[0].getMessage(), failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Durations in whole milliseconds up to a second (longer ones in the last bucket) and the longest exactly: no memory grows. */
    private static final class Histogram {
        private final long[] buckets = new long[1001];
        private long count;
        private double longest;

        void add(double millis) {
            buckets[(int) Math.min(buckets.length - 1, Math.max(0, Math.round(millis)))]++;
            count++;
            longest = Math.max(longest, millis);
        }

        long count() {
            return count;
        }

        double longest() {
            return longest;
        }

        double percentile(double q) {
            long wanted = (long) Math.ceil(q * count);
            long seen = 0;
            for (int ms = 0; ms < buckets.length; ms++) {
                seen += buckets[ms];
                if (seen >= wanted && seen > 0) {
                    return ms;
                }
            }
            return 0;
        }

        int countOver(double millis) {
            long over = 0;
            for (int ms = (int) Math.floor(millis) + 1; ms < buckets.length; ms++) {
                over += buckets[ms];
            }
            return (int) over;
        }
    }

    /** The exhibit's window and what is counted in it, on the FX thread. */
    private static final class Window {
        private final Stage stage = new Stage();
        private final ExhibitShell shell;
        private final AnimationTimer frames;
        private final Histogram gaps = new Histogram();
        private final Histogram pings = new Histogram();
        private boolean measuring;
        private long lastFrame;
        private ExhibitView lastView;
        private IdleWatch.State lastState;
        private double[] lastPuck;
        private int viewSwitches;
        private int startScreens;
        private int puckMoves;

        Window(ExhibitOptions options, int width, int height) {
            Texts texts = Texts.of(options.language());
            List<ExhibitPage> pages = new ArrayList<>();
            for (ExhibitView view : options.views()) {
                pages.add(view == ExhibitView.DIGITS ? new DigitsExhibit(options.imageModel(), texts)
                        : new MelodiesExhibit(options.melodyModel(), texts, MelodyPlayer.SynthesizerSource.DEFAULT));
            }
            shell = new ExhibitShell(options, texts, pages, System::nanoTime);
            Scene scene = new Scene(shell, width, height);
            scene.getStylesheets().addAll(Objects.requireNonNull(ExplorerApp.class.getResource("explorer.css")).toExternalForm(),
                    Objects.requireNonNull(ExhibitSoak.class.getResource("exhibit.css")).toExternalForm());
            stage.setTitle(StartScreen.TITLE + " (soak)");
            stage.setScene(scene);
            stage.show();
            frames = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (measuring && lastFrame != 0) {
                        gaps.add((now - lastFrame) / 1e6);
                    }
                    lastFrame = now;
                }
            };
            frames.start();
        }

        /** Once a second: which view, which state, whether the puck moved. */
        Void sample() {
            ExhibitView view = shell.page().view();
            if (lastView != null && view != lastView) {
                viewSwitches++;
            }
            lastView = view;
            if (shell.state() == IdleWatch.State.START && lastState != IdleWatch.State.START) {
                startScreens++;
            }
            lastState = shell.state();
            double[] puck = shell.page().puck();
            if (lastPuck != null && !Arrays.equals(puck, lastPuck)) {
                puckMoves++;
            }
            lastPuck = puck;
            return null;
        }

        Figures figures(Duration measured, long start, long end, long max, double trend) {
            return new Figures(measured, start, end, Math.max(max, end), trend, gaps.count() + 1, gaps.longest(), gaps.percentile(0.99),
                    gaps.countOver(100), (int) pings.count(), pings.longest(), viewSwitches, startScreens, puckMoves);
        }

        void close() {
            frames.stop();
            stage.close();
            shell.close();
        }
    }
}
