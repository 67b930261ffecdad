package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.data.MelodySource;
import org.latentexplorer.lab.MelodyStatistic;
import org.latentexplorer.lab.MelodyStatistics;
import org.latentexplorer.model.MelodyVaeConfig;
import org.latentexplorer.train.MelodyTrainingPlan;
import org.latentexplorer.train.MelodyVaeTrainer;
import org.latentexplorer.train.ProgressListener;
import org.latentexplorer.train.Schedule;
import org.latentexplorer.ui.melodies.MelodyPlane;
import org.latentexplorer.ui.widgets.Scatter;
import org.latentexplorer.ui.widgets.Viewport;

/** The evaluation on a tiny melody model trained here for a few seconds on a slice of the game-music corpus. */
class MelodyEvaluationTest {
    private static final MelodyEvaluation.Settings SMALL = new MelodyEvaluation.Settings(5, 60, 6, 7, 5, 25, 1000);

    @TempDir
    static Path dir;
    private static List<Melody> heldOut;
    private static MelodySpace space;
    private static double trainerAccuracy;

    @BeforeAll
    static void trainATinyModel() throws IOException {
        MelodyCorpus corpus = MelodyCorpus.load(MelodyCorpus.DEFAULT_FOLDERS, 10);
        heldOut = corpus.melodies(true).subList(0, 120);
        MelodyTrainingPlan plan = new MelodyTrainingPlan("tiny", new MelodyVaeConfig(16, 32, 8, 32), MelodySource.games(), 10,
                16, 1, 32, 0.003f, Schedule.CONSTANT, 0.2f, 0f, 0, 0, 0f, 1, 0, 300, dir.resolve("tiny"), null, false, "test");
        MelodyVaeTrainer.MelodyResult result = new MelodyVaeTrainer(plan, ProgressListener.SILENT)
                .run(new MelodyVaeTrainer.Split(corpus.melodies(false).subList(0, 400), heldOut, corpus.songs()));
        trainerAccuracy = result.last().reconstructionAccuracy();
        space = MelodySpace.open(dir.resolve("tiny"));
    }

    @AfterAll
    static void close() {
        if (space != null) {
            space.close();
        }
    }

    @Test
    void theSameSeedGivesTheSameFiguresAnotherSeedOtherSamples() {
        MelodyReport first = MelodyEvaluation.run(space, heldOut, "slice", SMALL);
        MelodyReport again = MelodyEvaluation.run(space, heldOut, "slice", SMALL);
        assertEquals(first.figures(), again.figures());
        assertEquals(first.headline(), again.headline());
        MelodyReport other = MelodyEvaluation.run(space, heldOut, "slice", SMALL.withSeed(6));
        assertEquals(first.stepAccuracy(), other.stepAccuracy(), "reconstruction draws nothing");
        assertEquals(first.row(MelodyEvaluation.GRID).summary(), other.row(MelodyEvaluation.GRID).summary(), "nor does the grid");
        assertNotEquals(first.row(MelodyEvaluation.PRIOR_SAMPLED).summary(), other.row(MelodyEvaluation.PRIOR_SAMPLED).summary());
    }

    @Test
    void reconstructionIsTheTrainersFreeRunningAccuracyAndEachSetHasItsSize() {
        MelodyReport report = MelodyEvaluation.run(space, heldOut, "slice", SMALL);
        assertEquals(trainerAccuracy, report.stepAccuracy(), 1e-9, "argmax from the encoder mean, as training measures it");
        assertTrue(report.noteRecall() >= 0 && report.noteRecall() <= 1);
        assertEquals(120, report.row(MelodyEvaluation.CORPUS).summary().melodies());
        assertEquals(60, report.row(MelodyEvaluation.PRIOR).summary().melodies());
        assertEquals(60, report.row(MelodyEvaluation.PRIOR_SAMPLED).summary().melodies());
        assertEquals(36, report.row(MelodyEvaluation.GRID).summary().melodies());
        assertEquals(25, report.row(MelodyEvaluation.DOTS).summary().melodies());
        assertEquals(7 * 3, report.row(MelodyEvaluation.MIDPOINTS).summary().melodies(), "the 3 inner frames of 5");
        List<int[]> events = heldOut.stream().map(Melody::events).toList();
        assertEquals(MelodyStatistics.summarize(MelodyStatistics.measureAll(events)), report.row(MelodyEvaluation.CORPUS).summary());
        assertTrue(report.row(MelodyEvaluation.CORPUS).distance().isEmpty());
        for (MelodyEvaluation.Row row : report.rows().subList(1, report.rows().size())) {
            for (MelodyStatistic statistic : MelodyStatistic.values()) {
                double d = row.distance().get(statistic);
                assertTrue(d >= 0 && d <= 1, row.key() + " " + statistic + " " + d);
                assertEquals(d, report.figures().get(row.key() + ".tv." + statistic.key()));
            }
        }
        assertEquals(report.row(MelodyEvaluation.GRID).summary().melodyLikeShare(), report.figures().get("grid.melodyLike"));
    }

    @Test
    void aClickedDotPlaysTheMelodyItStandsFor() {
        MelodyEvaluation.Settings everyDot = new MelodyEvaluation.Settings(SMALL.seed(), SMALL.priorSamples(), SMALL.gridSide(),
                SMALL.pairs(), SMALL.frames(), heldOut.size(), SMALL.heldOutLimit());
        MelodyReport report = MelodyEvaluation.run(space, heldOut, "slice", everyDot);
        assertEquals(report.stepAccuracy(), report.clickedDotAgreement(), 1e-9,
                "a click on every held-out dot plays its reconstruction: its own melody as far as the model knows it");
        assertTrue(report.clickedDotAgreement() < 1, "measured against the corpus melody, not against itself");
    }

    @Test
    void aHeldOutSetOverTheLimitIsASeededSampleOfIt() {
        MelodyEvaluation.Settings limited = new MelodyEvaluation.Settings(5, 10, 2, 1, 3, 1, 50);
        MelodyReport report = MelodyEvaluation.run(space, heldOut, "slice", limited);
        assertEquals(50, report.heldOut());
        assertEquals(50, report.row(MelodyEvaluation.CORPUS).summary().melodies());
        assertTrue(report.row(MelodyEvaluation.CORPUS).title().endsWith("(a sample of 120)"), report.row(MelodyEvaluation.CORPUS).title());
        assertEquals(report.figures(), MelodyEvaluation.run(space, heldOut, "slice", limited).figures());
    }

    @Test
    void theGridCoversTheWindowTheMelodiesViewOpensWith() {
        MelodyReport report = MelodyEvaluation.run(space, heldOut, "slice", SMALL);
        MelodyPlane.Principal plane = new MelodyPlane.Principal(space.principalPlane());
        Viewport opening = plane.fittingView(plane.scatter(space.latentMap().orElseThrow()));
        assertEquals(opening.centerU(), report.window().centerU(), 1e-12);
        assertEquals(opening.centerV(), report.window().centerV(), 1e-12);
        assertEquals(opening.halfSpan(), report.window().halfSpan(), 1e-12);
        assertTrue(Scatter.project(space.latentMap().get(), space.principalPlane()).size() == 300);
    }

    @Test
    void agreementRecallAndSmoothnessOnMelodiesBuiltHere() {
        int[] four = new int[32];
        for (int i = 0; i < 4; i++) {
            four[8 * i] = Melody.noteOn(60 + i);
        }
        int[] threeKept = four.clone();
        threeKept[24] = Melody.NOTE_OFF;
        threeKept[30] = Melody.noteOn(70);
        assertEquals(0.75, MelodyEvaluation.noteRecall(List.of(new Melody(four)), List.of(new Melody(threeKept))), 1e-12);
        assertEquals(30 / 32.0, MelodyEvaluation.agreement(List.of(new Melody(four)), List.of(new Melody(threeKept))), 1e-12);

        Melody same = new Melody(four);
        int[] inverted = new int[32];
        java.util.Arrays.fill(inverted, Melody.NOTE_OFF);
        Melody different = new Melody(inverted);
        assertEquals(1.0, MelodyEvaluation.smoothness(List.of(same, same, same, same), 2), 1e-12);
        // A B / C D with only D different: A-B and A-C agree, B-D and C-D share no step
        assertEquals(0.5, MelodyEvaluation.smoothness(List.of(same, same, same, different), 2), 1e-12);
        List<Melody> stripes = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            stripes.add(i % 3 == 1 ? different : same);
        }
        // columns same | different | same: every horizontal pair differs, every vertical pair agrees
        assertEquals(0.5, MelodyEvaluation.smoothness(stripes, 3), 1e-12);
    }
}
