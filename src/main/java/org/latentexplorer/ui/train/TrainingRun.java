package org.latentexplorer.ui.train;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.latentexplorer.train.EpochMetrics;
import org.latentexplorer.train.EpochModel;
import org.latentexplorer.train.ImageVaeTrainer;
import org.latentexplorer.train.ProgressListener;
import org.latentexplorer.train.TrainingPlan;
import org.latentexplorer.train.TrainingResult;
import org.latentexplorer.train.TrainingStopped;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.Problems;

/**
 * One training run of the Train view on its own thread, through the same trainer as the {@code train} command. It is
 * the trainer's listener: it holds the run while paused, stops it when asked (keeping the model or not), and hands
 * what happens to the {@link Watcher} on the FX thread through an {@link FxInbox}, the batches at most every
 * {@value #BATCH_UPDATE_MILLIS} ms.
 */
final class TrainingRun implements ProgressListener {
    static final long BATCH_UPDATE_MILLIS = 100;

    /** Told on the FX thread. */
    interface Watcher {
        void batch(int epoch, int batch, int batches, double runningLoss);

        void epoch(EpochMetrics metrics);

        void picture(EpochPicture picture);

        /** The model is saved; {@code stopped} when a stop that keeps it ended the run early. */
        void saved(TrainingResult result, boolean stopped);

        /** Nothing was saved: stopped without keeping the model, or failed; {@code why} is one line. */
        void ended(String why, boolean failed);
    }

    private final TrainingPlan plan;
    private final Watcher watcher;
    private final FxInbox inbox;
    private final Thread thread;
    private final Object pauseLock = new Object();
    private volatile boolean paused;
    /** Null until a stop is asked for; then whether it keeps the model. */
    private volatile Boolean stop;
    private long lastBatchPost;

    TrainingRun(TrainingPlan plan, Watcher watcher, FxInbox inbox) {
        this.plan = plan;
        this.watcher = watcher;
        this.inbox = inbox;
        this.thread = new Thread(this::train, "latent-train-view");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    TrainingPlan plan() {
        return plan;
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    boolean isPaused() {
        return paused;
    }

    boolean stopAsked() {
        return stop != null;
    }

    void pause(boolean pause) {
        synchronized (pauseLock) {
            paused = pause;
            pauseLock.notifyAll();
        }
    }

    /** Ends the run at the next batch; {@code keep} saves the model as it stands, else nothing is saved. */
    void stop(boolean keep) {
        synchronized (pauseLock) {
            if (stop == null) {
                stop = keep;
            }
            pauseLock.notifyAll();
        }
    }

    /** Waits at most {@code millis} for the run's thread to end; whether it has. */
    boolean await(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private void train() {
        try {
            TrainingResult result = new ImageVaeTrainer(plan, this).run();
            boolean stopped = stop != null && result.card().training().epochs() < plan.epochs();
            inbox.post(() -> watcher.saved(result, stopped));
        } catch (TrainingStopped stopped) {
            inbox.post(() -> watcher.ended(Texts.window().text(TrainText.STOPPED_NOTHING_SAVED), false));
        } catch (IOException | RuntimeException e) {
            String why = Problems.describe(e);
            inbox.post(() -> watcher.ended(why, true));
        }
    }

    // ---- the trainer's listener, on the training thread

    @Override
    public long holdWhilePaused() {
        synchronized (pauseLock) {
            long start = System.nanoTime();
            while (paused && stop == null) {
                try {
                    pauseLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop(false);
                }
            }
            return System.nanoTime() - start;
        }
    }

    @Override
    public boolean stopRequested() {
        return stop != null;
    }

    @Override
    public boolean keepWhenStopped() {
        return Boolean.TRUE.equals(stop);
    }

    @Override
    public void batch(int epoch, int epochs, int batch, int batches, double runningLoss, double elapsedSeconds) {
        long now = System.nanoTime();
        if (batch == batches || now - lastBatchPost >= TimeUnit.MILLISECONDS.toNanos(BATCH_UPDATE_MILLIS)) {
            lastBatchPost = now;
            inbox.post(() -> watcher.batch(epoch, batch, batches, runningLoss));
        }
    }

    @Override
    public void epoch(EpochMetrics metrics) {
        inbox.post(() -> watcher.epoch(metrics));
    }

    @Override
    public void epochModel(EpochModel model) {
        EpochPicture picture = EpochPicture.of(model);
        inbox.post(() -> watcher.picture(picture));
    }
}
