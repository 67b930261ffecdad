package org.latentexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.bench.MachineInfo;
import org.latentexplorer.ui.DisplayCheck;
import org.latentexplorer.ui.exhibit.ExhibitOptions;
import org.latentexplorer.ui.exhibit.ExhibitSoak;
import org.latentexplorer.ui.exhibit.ExhibitView;
import org.latentexplorer.ui.i18n.Language;

/** bench's exhibit part: the exhibit touring both views in a 1280x720 window, its memory and its FX-thread stalls. */
final class ExhibitSoakPart {
    static final double RSS_GROWTH_TARGET_MB = 20;
    static final double RSS_TARGET_MINUTES = 10;
    static final double STALL_TARGET_MILLIS = 100;
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    /** The soak's exhibit: the tour starts a second after its start screen, which comes back every two minutes. */
    static final Duration IDLE = Duration.ofSeconds(1);
    static final Duration RESET = Duration.ofSeconds(120);

    /** One row of bench's table. */
    interface Rows {
        void row(String part, String measure, String value, String target, String verdict);
    }

    private ExhibitSoakPart() {
    }

    static void run(Rows rows, PrintWriter out, Path imageModel, Path melodyModel, double minutes, int warmupSeconds)
            throws IOException, InterruptedException {
        if (!DisplayCheck.available()) {
            rows.row("exhibit", "soak", "n/a", "needs a display: DISPLAY, or under Xvfb", "-");
            return;
        }
        ExhibitOptions options = new ExhibitOptions(Language.EN, List.of(ExhibitView.DIGITS, ExhibitView.MELODIES), IDLE, RESET,
                imageModel, melodyModel);
        Duration measured = Duration.ofMillis(Math.round(minutes * 60_000));
        out.printf(Locale.ROOT, "exhibit   touring digits and melodies for %.1f min in a %dx%d window after a %d s warm-up"
                + " (the start screen every %d s)%n", minutes, WIDTH, HEIGHT, warmupSeconds, RESET.toSeconds());
        out.flush();
        ExhibitSoak.Figures f = ExhibitSoak.run(options, Duration.ofSeconds(warmupSeconds), measured, WIDTH, HEIGHT, MachineInfo::residentBytes,
                line -> {
                    out.println("exhibit   " + line);
                    out.flush();
                });
        if (f.rssStartBytes() < 0) {
            rows.row("exhibit", "RSS growth", "n/a (no /proc/self/status)", "", "-");
        } else {
            double target = RSS_GROWTH_TARGET_MB * Math.max(1, minutes / RSS_TARGET_MINUTES);
            rows.row("exhibit", "RSS start / end / max", String.format(Locale.ROOT, "%.1f / %.1f / %.1f MB", mb(f.rssStartBytes()),
                    mb(f.rssEndBytes()), mb(f.rssMaxBytes())), String.format(Locale.ROOT, "%.1f min after the warm-up", minutes), "");
            rows.row("exhibit", "RSS growth", String.format(Locale.ROOT, "%+.1f MB", f.rssGrowthMegabytes()),
                    String.format(Locale.ROOT, "<= %.0f MB (end minus start)", target), verdict(f.rssGrowthMegabytes() <= target));
            rows.row("exhibit", "RSS trend", String.format(Locale.ROOT, "%+.1f MB", f.rssTrendBytes() / 1048576.0),
                    "a line fitted to a reading a second", "");
        }
        rows.row("exhibit", "longest frame gap", String.format(Locale.ROOT, "%.0f ms", f.longestFrameGapMillis()),
                String.format(Locale.ROOT, "<= %.0f ms", STALL_TARGET_MILLIS), verdict(f.longestFrameGapMillis() <= STALL_TARGET_MILLIS));
        rows.row("exhibit", "frames / p99 gap / > 100 ms", String.format(Locale.ROOT, "%,d / %.0f ms / %d", f.frames(), f.p99FrameGapMillis(),
                f.frameGapsOver100Millis()), "", "");
        rows.row("exhibit", "longest runLater delay", String.format(Locale.ROOT, "%.0f ms", f.longestPingMillis()),
                String.format(Locale.ROOT, "<= %.0f ms (%,d pings, every 100 ms)", STALL_TARGET_MILLIS, f.pings()),
                verdict(f.longestPingMillis() <= STALL_TARGET_MILLIS));
        rows.row("exhibit", "tour", String.format(Locale.ROOT, "puck moved %d s", f.secondsThePuckMoved()),
                String.format(Locale.ROOT, "%d view switches, %d start screens", f.viewSwitches(), f.startScreens()), "");
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }
}
