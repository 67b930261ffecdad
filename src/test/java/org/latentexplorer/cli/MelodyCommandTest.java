package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;
import org.latentexplorer.lab.MelodyAttribute;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.MelodyVariations;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.music.MelodyMidi;
import org.latentexplorer.music.TuneText;

/** {@code melody sample|interpolate|variations|attribute} on the shipped model: every file written reads back as the melody decoded here. */
class MelodyCommandTest {
    private static final String TUNE = "T100 C5q D5q E5q G5q | E5h C5h";
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
    void sampleWritesThePriorSamplesOfTheSeedAtTheTempoAndInstrumentAsked() throws Exception {
        Path out = dir.resolve("samples");
        CliTestSupport.Result r = CliTestSupport.runOk("melody", "sample", "-n", "12", "--seed", "9", "--tempo", "96", "--instrument", "flute",
                "-o", out.toString());
        Random prior = new Random(9);
        float[][] z = new float[12][];
        for (int i = 0; i < z.length; i++) {
            z[i] = space.samplePrior(prior);
        }
        List<Melody> expected = space.decodeAll(z, 0, null);
        for (int i = 0; i < 12; i++) {
            Path file = out.resolve(String.format("sample-%02d.mid", i + 1));
            MelodyFiles.assertHolds(file, expected.get(i), 96, 73);
            String line = r.out().lines().filter(l -> l.startsWith(file.toString())).findFirst().orElseThrow();
            assertEquals(MelodyMidi.asWritten(expected.get(i)).withBpm(96), TuneText.parse(line.substring(file.toString().length()).trim()),
                    "the printed tune is the file's melody");
        }
        assertTrue(r.out().endsWith("wrote 12 MIDI files to " + out + " at 96 bpm, Flute (program 73)\n"), r.out());
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthersAtATemperature() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        CliTestSupport.runOk("melody", "sample", "-n", "3", "--temperature", "0.8", "--seed", "5", "-o", a.toString());
        CliTestSupport.runOk("melody", "sample", "-n", "3", "--temperature", "0.8", "--seed", "5", "-o", b.toString());
        CliTestSupport.runOk("melody", "sample", "-n", "3", "--temperature", "0.8", "--seed", "6", "-o", c.toString());
        for (String name : List.of("sample-1.mid", "sample-2.mid", "sample-3.mid")) {
            assertEquals(MelodyMidi.read(a.resolve(name)), MelodyMidi.read(b.resolve(name)), name);
            MelodyFiles.assertHolds(a.resolve(name), MelodyMidi.read(a.resolve(name)), 120, 0);
        }
        assertNotEquals(MelodyMidi.read(a.resolve("sample-1.mid")), MelodyMidi.read(c.resolve("sample-1.mid")));
    }

    @Test
    void interpolateWritesEachStepAndAllInARow() throws Exception {
        Path from = dir.resolve("from.mid");
        Melody start = MelodyFiles.tune(8, 60, 2, 2, 1, -3).withBpm(84);
        MelodyMidi.write(start, 0, from);
        Path out = dir.resolve("path");
        String toTune = "C6i B5i A5i G5i F5i E5i D5i C5i | G5h C5h";
        CliTestSupport.Result r = CliTestSupport.runOk("melody", "interpolate", "--from", from.toString(), "--to-tune", toTune,
                "--steps", "5", "--instrument", "40", "-o", out.toString());
        float[][] path = LatentSpace.interpolate(space.encode(start), space.encode(TuneText.parse(toTune)), 5);
        List<Melody> expected = space.decodeAll(path, 0, null);
        List<Melody> timed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            MelodyFiles.assertHolds(out.resolve("interpolate-" + (i + 1) + ".mid"), expected.get(i), 84, 40);
            timed.add(expected.get(i).withBpm(84));
        }
        Path inRow = out.resolve("interpolate-all.mid");
        assertEquals(MelodyMidi.inRow(timed), MelodyMidi.read(inRow), "the five in a row");
        assertEquals(List.of("4/4"), MelodyFiles.meta(inRow).timeSignatures());
        assertEquals(List.of((int) Math.round(60_000_000 / 84.0)), MelodyFiles.meta(inRow).microsPerQuarter());
        assertTrue(r.out().contains(inRow + "  all 5 in a row, 10 bars"), r.out());
        assertTrue(r.out().endsWith("wrote 6 MIDI files to " + out + " at 84 bpm, Violin (program 40)\n"), r.out());
    }

    @Test
    void variationsAreDecodedAroundTheMelodyAtTheSimilarity() throws Exception {
        Path out = dir.resolve("variations");
        CliTestSupport.Result r = CliTestSupport.runOk("melody", "variations", "--tune", TUNE, "-n", "6", "--similarity", "0.6",
                "--seed", "3", "-o", out.toString());
        float[] z = space.encode(TuneText.parse(TUNE));
        List<Melody> expected = space.decodeAll(MelodyVariations.around(z, 6, 0.6, new Random(3)), 0, null);
        int differ = 0;
        for (int i = 0; i < 6; i++) {
            MelodyFiles.assertHolds(out.resolve("variation-" + (i + 1) + ".mid"), expected.get(i), 100, 0);
            differ += expected.get(i).equals(space.decode(z, 0, null)) ? 0 : 1;
        }
        assertTrue(differ > 0, "at similarity 0.6 some variations differ from the melody");
        assertTrue(r.out().startsWith("melody  " + TuneText.format(TuneText.parse(TUNE)) + "\n"), r.out());

        Path same = dir.resolve("same");
        CliTestSupport.runOk("melody", "variations", "--tune", TUNE, "-n", "2", "--similarity", "1", "-o", same.toString());
        MelodyFiles.assertHolds(same.resolve("variation-1.mid"), space.decode(z, 0, null), 100, 0);
    }

    @Test
    void attributeMovesTheMelodyAlongTheShippedVectors() throws Exception {
        Path in = dir.resolve("in.mid");
        Melody melody = MelodyFiles.tune(6, 62, 2, 3, -2);
        MelodyMidi.write(melody, 0, in);
        Path out = dir.resolve("busier.mid");
        CliTestSupport.Result r = CliTestSupport.runOk("melody", "attribute", "--midi", in.toString(), "--density", "+1.5", "--pitch", "-1",
                "--tempo", "110", "-o", out.toString());
        Map<MelodyAttribute, Double> steps = new EnumMap<>(MelodyAttribute.class);
        steps.put(MelodyAttribute.DENSITY, 1.5);
        steps.put(MelodyAttribute.MEAN_PITCH, -1.0);
        Melody expected = space.decode(space.attributeVectors().orElseThrow().shift(space.encode(melody), steps), 0, null);
        MelodyFiles.assertHolds(out, expected, 110, 0);
        Melody played = space.decode(space.encode(melody), 0, null);
        assertTrue(MelodyAttribute.DENSITY.measure(expected) > MelodyAttribute.DENSITY.measure(played), "busier");
        assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "Note density +1.50 steps: %.2f -> %.2f onsets per bar",
                MelodyAttribute.DENSITY.measure(played), MelodyAttribute.DENSITY.measure(expected))), r.out());
        assertTrue(r.out().contains("Mean pitch -1.00 steps: "), r.out());
    }

    @Test
    void aWavNameWritesTheMelodyAsAudioThatIsNotSilence() throws Exception {
        Path out = dir.resolve("busier.wav");
        CliTestSupport.Result r = CliTestSupport.runOk("melody", "attribute", "--tune", "C5q D5q E5q G5q E5h C5h", "--density", "+1", "-o", out.toString());
        assertTrue(r.out().contains("wrote 1 WAV file to " + out), r.out());
        try (javax.sound.sampled.AudioInputStream audio = javax.sound.sampled.AudioSystem.getAudioInputStream(out.toFile())) {
            byte[] pcm = audio.readAllBytes();
            assertEquals(16, audio.getFormat().getSampleSizeInBits());
            double sum = 0;
            for (int i = 0; i + 1 < pcm.length; i += 2) {
                double sample = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
                sum += sample * sample;
            }
            double rms = Math.sqrt(sum / (pcm.length / 2.0)) / 32768;
            assertTrue(rms > 0.005, "the melody is heard: RMS " + rms);
        }
    }

    @Test
    void instrumentsListsTheProgramsThatInstrumentTakes() {
        List<String> lines = CliTestSupport.runOk("melody", "instruments").out().lines().toList();
        assertEquals(128, lines.size());
        assertEquals("  0  Acoustic Grand Piano", lines.get(0));
        assertEquals(" 73  Flute", lines.get(73));
    }

    @Test
    void aFileOfAtMostTwoBarsIsItsMelodyAndALongerOneGivesTheWindowAsked() throws Exception {
        Path song = dir.resolve("song.mid");
        int[] events = new int[4 * Melody.STEPS_PER_BAR];
        for (int step = 0; step < events.length; step += 4) {
            events[step] = Melody.noteOn(60 + (step / 4) % 7);
        }
        MelodyMidi.write(new Melody(events), 0, song);
        Path out = dir.resolve("second.mid");
        CliTestSupport.runOk("melody", "attribute", "--midi", song.toString(), "--window", "2", "--pitch", "0", "-o", out.toString());
        Melody second = new Melody(events).slice(Melody.STEPS_PER_BAR, 3 * Melody.STEPS_PER_BAR);
        MelodyFiles.assertHolds(out, space.decode(space.encode(second), 0, null), 120, 0);
        CliTestSupport.run("melody", "attribute", "--midi", song.toString(), "--window", "4", "--pitch", "1", "-o", out.toString())
                .assertOneLineError(1, song + " has 3 two-bar melodies: window 4 is not one of 1..3");
        MelodyFiles.assertHolds(out, space.decode(space.encode(second), 0, null), 120, 0); // untouched by the failed run
    }
}
