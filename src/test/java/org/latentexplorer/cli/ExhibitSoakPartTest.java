package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** bench's exhibit part, for a few seconds under the headless toolkit: it tours, and reads memory and stalls; it is not in the default run. */
class ExhibitSoakPartTest {
    @TempDir
    Path dir;

    @Test
    void theExhibitPartToursAndPrintsItsMemoryAndStallRows() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit started as the window tests start it, so they can share it
        Path model = CliTestSupport.copyOfShippedModel("mnist-vae-2d", dir);
        String out = CliTestSupport.runOk("bench", "--only", "exhibit", "--model", model.toString(), "--exhibit-minutes", "0.05",
                "--exhibit-warmup-seconds", "1").out();
        for (String row : List.of("RSS start / end / max", "RSS growth", "longest frame gap", "frames / p99 gap / > 100 ms", "longest runLater delay")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith("exhibit") && l.contains(row)), row + " in " + out);
        }
        assertTrue(out.lines().noneMatch(l -> l.startsWith("decode") || l.startsWith("epoch") || l.startsWith("melody ")), out);
        Matcher frames = Pattern.compile("frames / p99 gap / > 100 ms\\s+([\\d,]+) /").matcher(out);
        assertTrue(frames.find() && Integer.parseInt(frames.group(1).replace(",", "")) >= 30, "frames counted over 3 s: " + out);
        Matcher moved = Pattern.compile("puck moved (\\d+) s").matcher(out);
        assertTrue(moved.find() && Integer.parseInt(moved.group(1)) >= 1, "the tour moved the puck: " + out);
    }

    @Test
    void theExhibitIsOptInAndItsMinutesAreChecked() {
        String help = CliTestSupport.runOk("bench", "--help").out();
        assertTrue(help.contains("default: all but exhibit") && help.contains("--exhibit-minutes") && help.contains("no FX-thread stall > 100 ms"), help);
        CliTestSupport.run("bench", "--only", "exhibit", "--exhibit-minutes", "0").assertOneLineError(1, "--exhibit-minutes must be in (0, 1440], got 0.0");
    }
}
