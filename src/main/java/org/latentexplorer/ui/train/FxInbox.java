package org.latentexplorer.ui.train;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Updates from a worker thread to the FX thread, in order, with at most one hand-over waiting at a time: however many
 * are posted while the FX thread is busy, they run together at its next turn.
 */
final class FxInbox {
    private final Executor fxThread;
    private final ConcurrentLinkedQueue<Runnable> updates = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean handOverWaiting = new AtomicBoolean();
    private final AtomicInteger handOvers = new AtomicInteger();

    FxInbox(Executor fxThread) {
        this.fxThread = fxThread;
    }

    void post(Runnable update) {
        updates.add(update);
        if (handOverWaiting.compareAndSet(false, true)) {
            handOvers.incrementAndGet();
            fxThread.execute(this::drain);
        }
    }

    /** How many times the FX thread was asked to run updates. */
    int handOvers() {
        return handOvers.get();
    }

    private void drain() {
        handOverWaiting.set(false);
        for (Runnable update = updates.poll(); update != null; update = updates.poll()) {
            update.run();
        }
    }
}
