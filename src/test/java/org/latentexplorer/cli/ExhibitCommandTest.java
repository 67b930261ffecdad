package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The exhibit's and the explorer's options: every mistake a one-line error before a window opens. */
class ExhibitCommandTest {

    @Test
    void anUnknownLanguageIsRefusedWithTheSixItSpeaks() {
        for (String command : List.of("exhibit", "explore")) {
            CliTestSupport.Result r = CliTestSupport.run(command, "--lang", "de");
            assertEquals(2, r.exitCode(), "a usage error: " + r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.errLines().get(0).startsWith("error: "), r.err());
            assertTrue(r.errLines().get(0).contains("--lang"), r.err());
            assertTrue(r.errLines().get(0).contains("'de' is not a language of the window: use en, fi, pl, ms, hu or nl"), r.err());
        }
    }

    @Test
    void anUnknownViewIsRefused() {
        CliTestSupport.Result r = CliTestSupport.run("exhibit", "--views", "digits,lab");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).contains("'lab' is not a view of the exhibit: use digits or melodies"), r.err());
    }

    @Test
    void idleAndResetTimesAreChecked() {
        CliTestSupport.run("exhibit", "--idle-seconds", "0").assertOneLineError(1, "--idle-seconds must be from 1 to 86400 seconds, got 0.0");
        CliTestSupport.run("exhibit", "--idle-seconds", "60", "--reset-seconds", "30")
                .assertOneLineError(1, "--reset-seconds (30.0) must be longer than --idle-seconds (60.0)");
    }

    @Test
    void eachViewNeedsAModelOfItsKind() {
        CliTestSupport.run("exhibit", "--model", "melody-vae")
                .assertOneLineError(1, "--model melody-vae is a melody model; the exhibit needs an image VAE there (e.g. mnist-vae-2d)");
        CliTestSupport.run("exhibit", "--melody-model", "mnist-vae-2d")
                .assertOneLineError(1, "--melody-model mnist-vae-2d is an image VAE; the exhibit needs a melody model there (e.g. melody-vae)");
        CliTestSupport.run("exhibit", "--views", "digits", "--model", "no-such-model").assertOneLineError(1, "no-such-model", "no such model directory");
    }

    @Test
    void helpNamesTheQuitChordAndTheOptions() {
        String out = CliTestSupport.runOk("exhibit", "--help").out();
        for (String text : List.of("Ctrl+Shift+Q", "--lang", "--views", "--idle-seconds", "--reset-seconds", "--model", "--melody-model")) {
            assertTrue(out.contains(text), text + " in " + out);
        }
    }
}
