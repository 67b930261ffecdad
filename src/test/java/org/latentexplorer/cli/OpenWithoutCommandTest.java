package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.latentexplorer.ui.i18n.Language;
import picocli.CommandLine;

/** {@code latent} with no command (the README's first command) opens the explorer as {@code explore} does, --lang included. */
class OpenWithoutCommandTest {
    private static ExploreCommand explorerOf(String... args) {
        CommandLine cli = Main.commandLine();
        cli.parseArgs(args);
        return ((Main) cli.getCommand()).asExplore();
    }

    @Test
    void noArgumentsGiveTheSystemsLanguageOrEnglish() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fi-FI"));
            assertEquals(Language.FI, explorerOf().language.chosen());
            Locale.setDefault(Locale.GERMANY);
            assertEquals(Language.EN, explorerOf().language.chosen());
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void langAndModelReachTheExplorer() {
        ExploreCommand explore = explorerOf("--lang", "hu", "--model", "mnist-vae-20d");
        assertEquals(Language.HU, explore.language.chosen());
        assertEquals("mnist-vae-20d", explore.model);
        CliTestSupport.run("--lang", "de").assertOneLineError(2, "'de' is not a language of the window: use en, fi, pl, ms, hu or nl");
    }
}
