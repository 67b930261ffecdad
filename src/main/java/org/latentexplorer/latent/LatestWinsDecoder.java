package org.latentexplorer.latent;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One daemon thread that owns a resource (the loaded model) and runs work against it. Each lane keeps
 * only its newest job: posting while a job waits replaces it, so a fast drag decodes the latest point
 * and skips the ones in between. Lanes are served most urgent first. Results and failures are handed
 * to {@code deliver} (the FX thread in the app). Jobs posted for a resource that has since been
 * replaced are dropped.
 */
public final class LatestWinsDecoder<S extends AutoCloseable> implements AutoCloseable {

    /** Kinds of work, most urgent first. */
    public enum Lane { POINT, STRIP, GRID }

    private record Job<S, R>(S target, Function<? super S, ? extends R> work, Consumer<? super R> onResult) {
    }

    private record Swap<S>(Callable<? extends S> opener, Consumer<? super S> onOpened, Consumer<? super Exception> onFailed) {
    }

    private final Object lock = new Object();
    private final Map<Lane, Job<S, ?>> pending = new EnumMap<>(Lane.class);
    private final Executor deliver;
    private final Consumer<? super Exception> onFailure;
    private final AtomicInteger jobsRun = new AtomicInteger();
    private final Thread thread;
    private Swap<S> pendingSwap;
    private S resource;
    private boolean closed;

    /**
     * @param deliver   where results, failures and opened resources are handed over
     * @param onFailure told (through {@code deliver}) when a job throws; the thread keeps serving
     */
    public LatestWinsDecoder(String name, Executor deliver, Consumer<? super Exception> onFailure) {
        this.deliver = deliver;
        this.onFailure = onFailure;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Opens a new resource on the decoder thread; on success it replaces (and closes) the current one. */
    public void open(Callable<? extends S> opener, Consumer<? super S> onOpened, Consumer<? super Exception> onFailed) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            pendingSwap = new Swap<>(opener, onOpened, onFailed);
            lock.notifyAll();
        }
    }

    /** Runs {@code work} on {@code target} unless a newer job for the same lane arrives first. */
    public <R> void post(Lane lane, S target, Function<? super S, ? extends R> work, Consumer<? super R> onResult) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            pending.put(lane, new Job<>(target, work, onResult));
            lock.notifyAll();
        }
    }

    /** How many jobs have run (not counting dropped ones). */
    public int jobsRun() {
        return jobsRun.get();
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    private void loop() {
        while (true) {
            Swap<S> swap;
            Job<S, ?> job = null;
            synchronized (lock) {
                while (!closed && pendingSwap == null && pending.isEmpty()) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        closed = true;
                    }
                }
                if (closed) {
                    break;
                }
                swap = pendingSwap;
                pendingSwap = null;
                if (swap == null) {
                    Lane first = pending.keySet().iterator().next();
                    job = pending.remove(first);
                }
            }
            if (swap != null) {
                runSwap(swap);
            } else {
                runJob(job);
            }
        }
        closeQuietly(resource);
        resource = null;
    }

    private void runSwap(Swap<S> swap) {
        S opened;
        try {
            opened = swap.opener().call();
        } catch (Exception e) {
            hand(() -> swap.onFailed().accept(e));
            return;
        } catch (LinkageError | AssertionError e) {
            hand(() -> swap.onFailed().accept(new IllegalStateException(describe(e), e)));
            return;
        }
        S previous = resource;
        resource = opened;
        closeQuietly(previous);
        hand(() -> swap.onOpened().accept(opened));
    }

    private <R> void runJob(Job<S, R> job) {
        if (resource == null || job.target() != resource) {
            return;
        }
        R result;
        try {
            result = job.work().apply(resource);
        } catch (RuntimeException e) {
            hand(() -> onFailure.accept(e));
            return;
        } catch (LinkageError | AssertionError e) {
            hand(() -> onFailure.accept(new IllegalStateException(describe(e), e)));
            return;
        }
        jobsRun.incrementAndGet();
        hand(() -> job.onResult().accept(result));
    }

    /** Hands work to {@code deliver}; an executor that refuses (the FX toolkit shutting down) must not end the thread. */
    private void hand(Runnable delivery) {
        try {
            deliver.execute(delivery);
        } catch (RuntimeException refused) {
            // nobody is listening any more: the result is simply dropped
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing a model we no longer use: nothing useful to report
        }
    }

    /** Stops the thread after the job in hand (pending jobs are dropped) and closes the resource. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            pending.clear();
            pendingSwap = null;
            lock.notifyAll();
        }
    }

    /** Waits up to {@code timeout} for the thread to end after {@link #close()}; true when it has. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }
}
