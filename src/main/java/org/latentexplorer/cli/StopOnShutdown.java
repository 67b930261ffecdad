package org.latentexplorer.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns a SIGTERM or Ctrl-C during a command into a stop request and holds the JVM's exit until the command has
 * finished (at most {@code grace}). Without it the JVM exits while the training thread is inside libtorch, and
 * libtorch's static destructors crash that thread with a fatal-error report instead of the command's one line.
 */
final class StopOnShutdown implements AutoCloseable {
    private final Duration grace;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "latent-stop");
    private volatile boolean requested;

    StopOnShutdown(Duration grace) {
        this.grace = grace;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean requested() {
        return requested;
    }

    private void stopAndWait() {
        requested = true;
        try {
            finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command is done (its last line written): an exit under way may go on, and a later one need not wait. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run; it returns as soon as it sees the latch
        }
    }
}
