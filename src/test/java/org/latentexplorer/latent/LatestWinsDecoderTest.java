package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;

class LatestWinsDecoderTest {
    private static final long WAIT_SECONDS = 5;

    /** Stands in for the model: records whether it was closed. */
    static final class Resource implements AutoCloseable {
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public void close() {
            closed.set(true);
        }
    }

    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> new Thread(r, "delivery"));
    private final BlockingQueue<Exception> failures = new LinkedBlockingQueue<>();
    private LatestWinsDecoder<Resource> decoder;
    private Resource resource;

    @BeforeEach
    void openResource() throws Exception {
        decoder = new LatestWinsDecoder<>("test-decoder", delivery, failures::add);
        resource = new Resource();
        CountDownLatch opened = new CountDownLatch(1);
        decoder.open(() -> resource, r -> opened.countDown(), e -> { });
        assertTrue(opened.await(WAIT_SECONDS, TimeUnit.SECONDS), "resource opened");
    }

    @AfterEach
    void shutDown() throws InterruptedException {
        decoder.close();
        decoder.awaitTermination(Duration.ofSeconds(WAIT_SECONDS));
        delivery.shutdownNow();
    }

    /** Posts a job that blocks the decoder thread until {@code release} opens. */
    private void occupy(Lane lane, CountDownLatch release) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        decoder.post(lane, resource, r -> {
            started.countDown();
            try {
                release.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }, x -> { });
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS), "blocking job started");
    }

    @Test
    void pointsPostedDuringAJobCollapseToTheNewest() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        occupy(Lane.POINT, release);
        List<Integer> ran = new CopyOnWriteArrayList<>();
        BlockingQueue<Integer> results = new LinkedBlockingQueue<>();
        for (int i = 0; i < 50; i++) {
            int point = i;
            decoder.post(Lane.POINT, resource, r -> {
                ran.add(point);
                return point;
            }, results::add);
        }
        release.countDown();

        assertEquals(49, results.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(null, results.poll(200, TimeUnit.MILLISECONDS), "no older point is decoded afterwards");
        assertEquals(List.of(49), ran);
        assertEquals(2, decoder.jobsRun());
    }

    @Test
    void lanesKeepTheirOwnNewestJob() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        occupy(Lane.POINT, release);
        BlockingQueue<String> results = new LinkedBlockingQueue<>();
        decoder.post(Lane.GRID, resource, r -> "grid 1", results::add);
        decoder.post(Lane.STRIP, resource, r -> "strip", results::add);
        decoder.post(Lane.GRID, resource, r -> "grid 2", results::add);
        decoder.post(Lane.POINT, resource, r -> "point", results::add);
        release.countDown();

        assertEquals("point", results.poll(WAIT_SECONDS, TimeUnit.SECONDS), "the point lane goes first");
        assertEquals("strip", results.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals("grid 2", results.poll(WAIT_SECONDS, TimeUnit.SECONDS), "a newer grid replaced the older one only");
        assertEquals(null, results.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void resultsArriveOnTheDeliveryExecutor() throws Exception {
        BlockingQueue<String> threads = new LinkedBlockingQueue<>();
        BlockingQueue<String> workThreads = new LinkedBlockingQueue<>();
        decoder.post(Lane.POINT, resource, r -> {
            workThreads.add(Thread.currentThread().getName());
            return "done";
        }, result -> threads.add(Thread.currentThread().getName()));

        assertEquals("test-decoder", workThreads.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals("delivery", threads.poll(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void aFailingJobIsReportedAndTheThreadKeepsWorking() throws Exception {
        decoder.post(Lane.POINT, resource, r -> {
            throw new IllegalStateException("decoder blew up");
        }, x -> { });
        Exception failure = failures.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertInstanceOf(IllegalStateException.class, failure);
        assertEquals("decoder blew up", failure.getMessage());

        BlockingQueue<String> results = new LinkedBlockingQueue<>();
        decoder.post(Lane.POINT, resource, r -> "still alive", results::add);
        assertEquals("still alive", results.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(decoder.isRunning());
    }

    @Test
    void jobsForAReplacedResourceAreDroppedAndTheOldOneIsClosed() throws Exception {
        Resource next = new Resource();
        CountDownLatch opened = new CountDownLatch(1);
        decoder.open(() -> next, r -> opened.countDown(), e -> { });
        assertTrue(opened.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(resource.closed.get(), "the replaced resource is closed");

        BlockingQueue<String> results = new LinkedBlockingQueue<>();
        decoder.post(Lane.POINT, resource, r -> "stale", results::add);
        decoder.post(Lane.GRID, next, r -> "fresh", results::add);
        assertEquals("fresh", results.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(null, results.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void aFailedOpenKeepsTheCurrentResource() throws Exception {
        BlockingQueue<Exception> openFailures = new LinkedBlockingQueue<>();
        decoder.open(() -> {
            throw new java.io.IOException("bad/model.json: is empty");
        }, r -> { }, openFailures::add);
        assertEquals("bad/model.json: is empty", openFailures.poll(WAIT_SECONDS, TimeUnit.SECONDS).getMessage());

        BlockingQueue<String> results = new LinkedBlockingQueue<>();
        decoder.post(Lane.POINT, resource, r -> "kept", results::add);
        assertEquals("kept", results.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertFalse(resource.closed.get());
    }

    @Test
    void closeStopsTheThreadAndClosesTheResource() throws Exception {
        assertTrue(decoder.isRunning());
        decoder.close();
        assertTrue(decoder.awaitTermination(Duration.ofSeconds(WAIT_SECONDS)), "thread ended");
        assertTrue(resource.closed.get());

        BlockingQueue<String> results = new LinkedBlockingQueue<>();
        decoder.post(Lane.POINT, resource, r -> "after close", results::add);
        assertEquals(null, results.poll(200, TimeUnit.MILLISECONDS));
    }
}
