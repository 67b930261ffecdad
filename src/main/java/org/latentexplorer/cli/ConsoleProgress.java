package org.latentexplorer.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.latentexplorer.train.EpochFigures;
import org.latentexplorer.train.EpochMetrics;
import org.latentexplorer.train.MelodyEpochMetrics;
import org.latentexplorer.train.ProgressListener;

/**
 * Training progress on standard error: one summary line per epoch and, during an epoch, a progress bar (epoch,
 * batches, elapsed / ETA, running loss). On a terminal the bar redraws in place and is wiped before the summary;
 * in a log (standard error not a terminal) it is a plain line at most once per {@code logInterval}, so a CI log
 * gets no carriage returns and nothing at all for epochs shorter than that.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {
    private static final int TERMINAL_REDRAW_MILLIS = 200;
    private static final int LOG_LINE_WIDTH = 100;

    private final PrintStream err;
    private final boolean terminal;
    private final Duration logInterval;
    private final BooleanSupplier stop;
    private volatile ProgressBar bar;
    private int barEpoch;

    /** Progress on standard error for a run that stops when {@code stop} says so. */
    ConsoleProgress(BooleanSupplier stop) {
        this(System.err, System.console() != null, Duration.ofSeconds(30), stop);
    }

    ConsoleProgress(PrintStream err, boolean terminal, Duration logInterval) {
        this(err, terminal, logInterval, () -> false);
    }

    private ConsoleProgress(PrintStream err, boolean terminal, Duration logInterval, BooleanSupplier stop) {
        this.err = err;
        this.terminal = terminal;
        this.logInterval = logInterval;
        this.stop = stop;
    }

    @Override
    public boolean stopRequested() {
        return stop.getAsBoolean();
    }

    @Override
    public void message(String line) {
        close();
        err.println(line);
    }

    @Override
    public void batch(int epoch, int epochs, int batch, int batches, double runningLoss, double elapsedSeconds) {
        if (bar == null || barEpoch != epoch) {
            close();
            bar = newBar(String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs), batch, batches, elapsedSeconds);
            barEpoch = epoch;
        }
        bar.stepTo(batch);
        bar.setExtraMessage(String.format(Locale.ROOT, "loss %.2f", runningLoss));
    }

    @Override
    public void epoch(EpochMetrics m) {
        close();
        err.printf(Locale.ROOT, "epoch %d: train loss %.2f, test -ELBO %.2f (recon %.2f, KL %.2f), %.1f s%n",
                m.epoch(), m.trainLoss(), m.testNegativeElbo(), m.testReconstruction(), m.testKl(), m.seconds());
    }

    @Override
    public void melodyEpoch(MelodyEpochMetrics m) {
        close();
        err.println(m.summary());
    }

    @Override
    public void figures(EpochFigures figures) {
        close();
        err.println(figures.summary());
    }

    /** Ends the current epoch's bar (wiped on a terminal, silent in a log). */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** A bar that starts at the epoch's first reported batch, so its ETA extrapolates from the batches it timed. */
    private ProgressBar newBar(String task, int batch, int batches, double elapsedSoFar) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(batches)
                .setStyle(ProgressBarStyle.ASCII)
                .startsFrom(batch, Duration.ofMillis(Math.round(elapsedSoFar * 1000)));
        if (terminal) {
            builder.setConsumer(new WipedBar(err))
                    .setUpdateIntervalMillis(TERMINAL_REDRAW_MILLIS)
                    .clearDisplayOnFinish();
        } else {
            builder.setConsumer(new LogLines())
                    .setUpdateIntervalMillis((int) Math.min(Integer.MAX_VALUE, logInterval.toMillis()));
        }
        return builder.build();
    }

    /** A bar redrawn in place; when it finishes it is wiped and the next line is written where it stood. */
    private static final class WipedBar extends ConsoleProgressBarConsumer {
        private final PrintStream out;

        WipedBar(PrintStream out) {
            super(out);
            this.out = out;
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    /**
     * Whole lines for a log. The bar draws once as it starts and once as it closes; both are dropped (the first
     * says nothing yet, the last is followed by the epoch's summary), leaving one line per interval in between.
     */
    private final class LogLines implements ProgressBarConsumer {
        private boolean started;

        @Override
        public int getMaxRenderedLength() {
            return LOG_LINE_WIDTH;
        }

        @Override
        public void accept(String rendered) {
            if (started && bar != null && bar.getCurrent() < bar.getMax()) {
                err.println(rendered.stripTrailing());
            }
            started = true;
        }

        @Override
        public void clear() {
        }

        @Override
        public void close() {
        }
    }
}
