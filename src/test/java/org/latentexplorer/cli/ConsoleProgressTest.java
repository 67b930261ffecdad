package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentexplorer.train.EpochMetrics;

class ConsoleProgressTest {
    private static final String SUMMARY = "epoch 1: train loss 150.00, test -ELBO 140.00 (recon 135.00, KL 5.00), 2.0 s";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** One epoch of {@code batches} batches, {@code pauseMillis} apart, then its summary. */
    private static void epoch(ConsoleProgress progress, int batches, long pauseMillis) throws InterruptedException {
        long start = System.nanoTime();
        for (int b = 1; b <= batches; b++) {
            progress.batch(1, 2, b, batches, 200.0 - b, (System.nanoTime() - start) / 1e9);
            Thread.sleep(pauseMillis);
        }
        progress.epoch(new EpochMetrics(1, 150, 140, 135, 5, 2));
    }

    @Test
    void inALogTheBarIsWholeLinesAtTheIntervalWithoutCarriageReturnsAndEndsBeforeTheSummary() throws InterruptedException {
        epoch(new ConsoleProgress(err, false, Duration.ofMillis(100)), 100, 20);

        String log = written();
        assertFalse(log.contains("\r"), "no carriage return in a log: " + log);
        List<String> lines = log.lines().toList();
        assertEquals(SUMMARY, lines.get(lines.size() - 1));
        List<String> bars = lines.subList(0, lines.size() - 1);
        assertFalse(bars.isEmpty(), "a two-second epoch with a 0.1 s interval shows its progress");
        for (String bar : bars) {
            assertTrue(bar.matches("epoch 1/2 +\\d+% \\[[=> ]+\\] +\\d+/100 \\(\\d:\\d\\d:\\d\\d / \\d:\\d\\d:\\d\\d\\) loss \\d+\\.\\d\\d"), bar);
            assertFalse(bar.contains(" 100/100"), "the finished bar is left to the summary: " + bar);
        }
    }

    @Test
    void inALogAnEpochShorterThanTheIntervalIsOnlyItsSummary() throws InterruptedException {
        epoch(new ConsoleProgress(err, false, Duration.ofSeconds(30)), 20, 0);

        assertEquals(SUMMARY + System.lineSeparator(), written());
    }

    @Test
    void onATerminalTheBarRedrawsInPlaceAndIsWipedBeforeTheSummary() throws InterruptedException {
        epoch(new ConsoleProgress(err, true, Duration.ofSeconds(30)), 30, 20);

        String screen = written();
        assertTrue(screen.startsWith("\repoch 1/2 "), screen);
        assertTrue(screen.matches("(?s).*\\[[=> ]+\\] +\\d+/30 \\(\\d:\\d\\d:\\d\\d / \\d:\\d\\d:\\d\\d\\) loss \\d+\\.\\d\\d.*"), screen);
        int wipe = screen.lastIndexOf('\r');
        assertEquals(SUMMARY + System.lineSeparator(), screen.substring(wipe + 1), "the summary starts where the bar was");
        assertTrue(screen.substring(screen.lastIndexOf('\r', wipe - 1) + 1, wipe).isBlank(), "the bar is wiped: " + screen);
        assertEquals(screen.length() - System.lineSeparator().length(), screen.indexOf(System.lineSeparator()),
                "the bar adds no line of its own");
    }
}
