package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.AttributeVectors;
import org.latentexplorer.music.MelodyMidi;

/** What the melody commands refuse: one line naming the file or option and the problem, exit non-zero, nothing written. */
class MelodyCommandErrorsTest {
    @TempDir
    Path dir;

    /** Runs a command that writes into {@code out} and asserts its one-line error and that nothing was written. */
    private void assertRefused(int code, Path out, List<String> args, String... fragments) throws IOException {
        CliTestSupport.run(args.toArray(String[]::new)).assertOneLineError(code, fragments);
        MelodyFiles.assertNoFiles(out);
    }

    @Test
    void aBadMidiFileIsOneLineEachAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("out");
        Path text = Files.writeString(dir.resolve("notes.mid"), "these are not notes");
        Path empty = Files.write(dir.resolve("empty.mid"), new byte[0]);
        Path missing = dir.resolve("missing.mid");
        Path silent = dir.resolve("silent.mid");
        MelodyMidi.write(new Melody(new int[Melody.WINDOW_STEPS]), 0, silent);
        for (String command : List.of("variations", "attribute")) {
            List<String> tail = command.equals("attribute") ? List.of("--density", "1", "-o", out.resolve("x.mid").toString())
                    : List.of("-o", out.toString());
            assertRefused(1, out, args(command, "--midi", text, tail), text + ": not a MIDI file (no MThd header)");
            assertRefused(1, out, args(command, "--midi", empty, tail), empty + ": empty file");
            assertRefused(1, out, args(command, "--midi", missing, tail), missing.toString(), "no such");
            assertRefused(1, out, args(command, "--midi", silent, tail), silent.toString(), "no notes");
        }
        assertRefused(1, out, List.of("melody", "interpolate", "--from", text.toString(), "--to-tune", "C5w", "-o", out.toString()),
                text + ": not a MIDI file");
        assertRefused(1, out, List.of("melody", "interpolate", "--from-tune", "C5w", "--to", missing.toString(), "-o", out.toString()),
                missing.toString());
    }

    @Test
    void aTuneThatCannotBeAMelodyNamesTheOptionAndTheToken() throws IOException {
        Path out = dir.resolve("out");
        assertRefused(1, out, List.of("melody", "variations", "--tune", "C5q Xq", "-o", out.toString()),
                "--tune 'C5q Xq': cannot read 'Xq'");
        assertRefused(1, out, List.of("melody", "variations", "--tune", "C5q C10q", "-o", out.toString()),
                "--tune 'C5q C10q': 'C10q' is MIDI note 120");
        assertRefused(1, out, List.of("melody", "interpolate", "--from-tune", "C5maj", "--to-tune", "C5w", "-o", out.toString()),
                "--from-tune 'C5maj': 'C5maj' sounds several notes at once");
        assertRefused(1, out, List.of("melody", "interpolate", "--from-tune", "C5w", "--to-tune", "C5w C5w C5w", "-o", out.toString()),
                "--to-tune 'C5w C5w C5w': the tune lasts 3 bars (48 sixteenths)");
    }

    @Test
    void optionsOutOfRangeAreRefusedBeforeAnyWork() throws IOException {
        Path out = dir.resolve("out");
        assertRefused(1, out, List.of("melody", "sample", "-n", "0", "-o", out.toString()), "-n must be at least 1");
        assertRefused(1, out, List.of("melody", "sample", "--temperature", "-1", "-o", out.toString()), "--temperature must be 0 to 5");
        assertRefused(1, out, List.of("melody", "sample", "--tempo", "1000", "-o", out.toString()), "--tempo must be at most 300");
        assertRefused(1, out, List.of("melody", "sample", "--instrument", "piano", "-o", out.toString()),
                "--instrument: instrument 'piano' names 6 programs");
        assertRefused(1, out, List.of("melody", "variations", "--tune", "C5w", "--similarity", "1.5", "-o", out.toString()),
                "--similarity must be 0 to 1, got 1.5");
        assertRefused(1, out, List.of("melody", "interpolate", "--from-tune", "C5w", "--to-tune", "D5w", "--steps", "1", "-o", out.toString()),
                "--steps must be at least 2");
        assertRefused(1, out, List.of("melody", "attribute", "--tune", "C5w", "-o", out.resolve("x.mid").toString()),
                "give at least one attribute", "--density +1.5");
        assertRefused(1, out, List.of("melody", "attribute", "--tune", "C5w", "--range", "9", "-o", out.resolve("x.mid").toString()),
                "--range must be -4 to +4 steps, got 9.0");
        assertRefused(2, out, List.of("melody", "variations", "--tune", "C5w", "--midi", "a.mid", "-o", out.toString()),
                "mutually exclusive");
        CliTestSupport.run("melody").assertOneLineError(2, "melody needs a command: sample, interpolate");
    }

    @Test
    void anOutputFolderThatIsAFileAndAModelWithoutVectorsAreOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "mine");
        CliTestSupport.run("melody", "sample", "-n", "2", "-o", file.toString())
                .assertOneLineError(1, file + ": is a file: -o takes a folder for the MIDI files");
        assertEquals("mine", Files.readString(file), "the user's file is untouched");

        Path model = CliTestSupport.copyOfShippedModel("melody-vae", dir);
        Files.delete(model.resolve(AttributeVectors.FILE));
        Path out = dir.resolve("out.mid");
        CliTestSupport.run("melody", "attribute", "--model", model.toString(), "--tune", "C5w", "--pitch", "1", "-o", out.toString())
                .assertOneLineError(1, "model " + model + " has no attribute vectors", "./latent melody attribute-vectors --model " + model);
        assertTrue(Files.notExists(out));

        Path digits = CliTestSupport.copyOfShippedModel("mnist-vae-2d", dir);
        CliTestSupport.run("melody", "sample", "--model", digits.toString(), "-o", dir.resolve("s").toString())
                .assertOneLineError(1, digits.resolve("model.json").toString(), "not a melody");
    }

    private static List<String> args(String command, String option, Path file, List<String> tail) {
        List<String> all = new java.util.ArrayList<>(List.of("melody", command, option, file.toString()));
        all.addAll(tail);
        return all;
    }
}
