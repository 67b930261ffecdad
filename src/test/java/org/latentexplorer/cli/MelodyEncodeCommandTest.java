package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.music.MelodyMidi;
import org.latentexplorer.music.TuneText;

/** {@code melody encode}: one CSV row per two-bar melody; a bad file is skipped with a warning and the rest encoded. */
class MelodyEncodeCommandTest {
    private static MelodySpace space;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws IOException {
        space = MelodySpace.open(ModelCatalog.defaultRoot().resolve("melody-vae"));
    }

    @AfterAll
    static void close() {
        space.close();
    }

    @Test
    void everyWindowOfEveryGoodFileIsARowAndBadFilesAreSkippedWithAWarningLine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("midi, mine"));
        Melody two = MelodyFiles.tune(8, 64, -2, 3);
        MelodyMidi.write(two, 0, folder.resolve("a-two-bars.mid"));
        int[] events = new int[3 * Melody.STEPS_PER_BAR];
        for (int step = 0; step < events.length; step += 2) {
            events[step] = Melody.noteOn(60 + (step / 2) % 9);
        }
        Melody three = new Melody(events);
        MelodyMidi.write(three, 0, folder.resolve("b-three-bars.mid"));
        Path broken = Files.writeString(folder.resolve("c-broken.mid"), "not MIDI");
        Path empty = Files.write(folder.resolve("d-empty.mid"), new byte[0]);
        Files.writeString(folder.resolve("readme.txt"), "not a MIDI name: not looked at");

        CliTestSupport.Result r = CliTestSupport.runOk("melody", "encode", "--midi", folder.toString());
        List<String> rows = r.out().lines().toList();
        assertEquals("file,window,z1,z2,z3", String.join(",", List.of(rows.get(0).split(",")).subList(0, 5)));
        assertEquals(2 + space.latentSize(), rows.get(0).split(",").length);
        assertEquals(1 + 1 + 2, rows.size(), "one row for the two-bar file, two windows of the three-bar one");
        assertRow(rows.get(1), folder.resolve("a-two-bars.mid"), 1, two);
        assertRow(rows.get(2), folder.resolve("b-three-bars.mid"), 1, three.slice(0, 32));
        assertRow(rows.get(3), folder.resolve("b-three-bars.mid"), 2, three.slice(16, 48));
        assertEquals(List.of("warning: skipped " + broken + ": not a MIDI file (no MThd header)", "warning: skipped " + empty + ": empty file"),
                r.errLines());

        Path csv = dir.resolve("codes.csv");
        CliTestSupport.Result written = CliTestSupport.runOk("melody", "encode", "--midi", folder.resolve("a-two-bars.mid").toString(),
                "-o", csv.toString());
        List<String> alone = Files.readAllLines(csv);
        assertEquals(List.of(rows.get(0)), alone.subList(0, 1));
        assertEquals(2, alone.size());
        assertRow(alone.get(1), folder.resolve("a-two-bars.mid"), 1, two);
        assertEquals("wrote " + csv + ": 1 melody from 1 file, latent size " + space.latentSize() + "\n", written.out());
    }

    @Test
    void aTuneIsOneRowAndAFolderWithoutMelodiesIsOneLineAndNoCsv() throws IOException {
        List<String> rows = CliTestSupport.runOk("melody", "encode", "--tune", "C5q E5q G5q C6q | B5h G5h").out().lines().toList();
        assertEquals(2, rows.size());
        assertRow(rows.get(1), Path.of("tune"), 1, TuneText.parse("C5q E5q G5q C6q | B5h G5h"));

        Path folder = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(folder.resolve("x.mid"), "no");
        Path csv = dir.resolve("none.csv");
        CliTestSupport.Result r = CliTestSupport.run("melody", "encode", "--midi", folder.toString(), "-o", csv.toString());
        assertEquals(1, r.exitCode());
        assertEquals(List.of("warning: skipped " + folder.resolve("x.mid") + ": not a MIDI file (no MThd header)",
                "error: none of the 1 MIDI file holds a melody to encode (each one skipped above)"), r.errLines());
        assertTrue(Files.notExists(csv));
        Path nothing = Files.createDirectories(dir.resolve("nothing"));
        CliTestSupport.run("melody", "encode", "--midi", nothing.toString()).assertOneLineError(1, "no MIDI files (.mid, .midi, .kar) in " + nothing);
        CliTestSupport.run("melody", "encode", "--midi", dir.resolve("gone").toString()).assertOneLineError(1, dir.resolve("gone").toString());
    }

    /** A CSV row: the file (quoted when it holds a comma), the window number, then the encoder's mean to the float. */
    private static void assertRow(String row, Path file, int window, Melody melody) {
        String name = file.toString();
        String field = name.contains(",") ? '"' + name + '"' : name;
        assertTrue(row.startsWith(field + "," + window + ","), row);
        String[] values = row.substring(field.length() + 1).split(",");
        float[] z = space.encode(melody);
        assertEquals(z.length + 1, values.length);
        for (int i = 0; i < z.length; i++) {
            assertEquals(z[i], Float.parseFloat(values[i + 1]), 1e-5f, "z" + (i + 1) + " (batches round the last bit differently)");
        }
    }
}
