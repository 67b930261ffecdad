package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.music.MelodyMidi;

/** A MIDI file's windows encoded by the shipped melody model, and the corpus points the corner blend starts from. */
class MidiWindowsTest {
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
    void everyWindowOfAFileIsEncodedAndTheFirstAlone() throws IOException {
        int[] events = new int[4 * Melody.STEPS_PER_BAR];
        int[] scale = {60, 62, 64, 65, 67, 69, 71, 72};
        for (int step = 0; step < events.length; step += 2) {
            events[step] = Melody.noteOn(scale[(step / 2) % scale.length] + (step / 16) * 2);
        }
        Path file = dir.resolve("scale.mid");
        MelodyMidi.write(new Melody(events), 0, file);

        MidiWindows all = MidiWindows.read(space, file);
        assertEquals("scale.mid", all.file());
        assertEquals(3, all.windows().size(), "four bars make three two-bar windows sliding by a bar");
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(space.encode(all.windows().get(i)), all.points().get(i), 1e-5f);
        }
        MidiWindows first = MidiWindows.readFirst(space, file);
        assertEquals(all.windows().subList(0, 1), first.windows());
        assertArrayEquals(all.points().get(0), first.points().get(0), 1e-5f);
    }

    @Test
    void aFileWithoutAMelodyOrNotMidiIsNamedInOneLine() throws IOException {
        Path silent = dir.resolve("silent.mid");
        MelodyMidi.write(new Melody(new int[2 * Melody.STEPS_PER_BAR]), 0, silent);
        IOException empty = assertThrows(IOException.class, () -> MidiWindows.read(space, silent));
        assertEquals("silent.mid has no two-bar melody with enough notes in it", empty.getMessage());

        Path text = Files.writeString(dir.resolve("notes.mid"), "not a MIDI file");
        IOException broken = assertThrows(IOException.class, () -> MidiWindows.readFirst(space, text));
        assertTrue(broken.getMessage().contains("notes.mid") && !broken.getMessage().contains("\n"), broken.getMessage());
    }

    @Test
    void cornerPointsAreCorpusEncodingsFromDifferentSongs() {
        float[][] corners = space.corpusPoints(4, 4);
        LatentMap map = space.latentMap().orElseThrow();
        Set<Integer> songs = new HashSet<>();
        for (float[] corner : corners) {
            int index = -1;
            for (int i = 0; i < map.count() && index < 0; i++) {
                if (java.util.Arrays.equals(corner, space.corpusPoint(i))) {
                    index = i;
                }
            }
            assertTrue(index >= 0, "a corner is a corpus encoding");
            songs.add(map.labels()[index]);
        }
        assertEquals(4, songs.size(), "from four songs");
        assertArrayEquals(corners[0], space.corpusPoints(4, 4)[0], "the same seed, the same corners");
        assertNotEquals(java.util.Arrays.toString(corners[0]), java.util.Arrays.toString(space.corpusPoints(4, 5)[0]));
    }
}
