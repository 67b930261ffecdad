package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.List;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.AutoencoderConfig;
import org.latentexplorer.model.ClassifierConfig;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.PcaConfig;
import picocli.CommandLine;

class TrainCommandTest {
    @TempDir
    Path dir;

    @Test
    void aShortImageRunSavesAModelThatRecordsItsOwnCommand() throws IOException {
        Path out = dir.resolve("tiny");
        CliTestSupport.Result result = CliTestSupport.runOk("train", "--hidden", "32", "--latent", "2", "--epochs", "1",
                "--train-limit", "600", "--test-limit", "200", "--checkpoints", dir.resolve("ck").toString(), "-o", out.toString());
        try (LatentSpace space = LatentSpace.open(out)) {
            assertEquals(2, space.latentSize());
            assertTrue(space.card().training().command().startsWith("./latent train --hidden 32"), space.card().training().command());
            assertEquals(200, space.latentMap().orElseThrow().count());
        }
        assertTrue(result.out().contains("test negative ELBO"), result.out());
    }

    @Test
    void melodyTrainingOnAFolderWithNothingUsableSaysWhatItFound() throws IOException {
        Path midi = Files.createDirectories(dir.resolve("midi"));
        Files.writeString(midi.resolve("song.mid"), "garbage");
        CliTestSupport.run("train", "--kind", "melody", "--midi", midi.toString(), "-o", dir.resolve("m").toString())
                .assertOneLineError(1, "nothing to train on", "1 MIDI files (1 unreadable)");
        assertTrue(Files.notExists(dir.resolve("m")));
    }

    @Test
    void anUnknownKindIsNamedWithTheAcceptedValuesAndCaseIsIgnored() {
        CliTestSupport.Result drums = CliTestSupport.run("train", "--kind", "drums", "-o", dir.resolve("x").toString());
        assertEquals(List.of("error: --kind: 'drums' is not one of image, melody, autoencoder, denoise, superres, classifier, pca"),
                drums.errLines());
        assertEquals(2, drums.exitCode());
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs("train", "--kind", "Melody", "-o", "m");
        assertEquals(TrainCommand.Kind.MELODY, parsed.subcommand().matchedOptionValue("--kind", null));
    }

    @Test
    void helpDescribesBothKinds() {
        String help = CliTestSupport.runOk("train", "--help").out();
        assertTrue(help.contains("--kind") && help.contains("--midi") && help.contains("--free-bits"), help);
        assertTrue(help.contains("--input-side") && help.contains("--noise-sigma") && help.contains("superres"), help);
    }

    // ---- the lab's models

    private static final String[] TINY = {"--epochs", "1", "--train-limit", "600", "--test-limit", "200"};

    private CliTestSupport.Result train(String name, String... args) {
        List<String> all = new ArrayList<>(List.of("train"));
        all.addAll(List.of(args));
        all.addAll(List.of(TINY));
        all.addAll(List.of("--checkpoints", dir.resolve("ck-" + name).toString(), "-o", dir.resolve(name).toString()));
        return CliTestSupport.runOk(all.toArray(String[]::new));
    }

    private static void assertFigure(ModelCard card, String name, double low, double high) {
        Double value = card.metrics().extra().get(name);
        assertTrue(value != null && value > low && value < high, name + " = " + value + " in " + card.metrics().extra());
    }

    @Test
    void aPlainAutoencoderRunRecordsItsSizesCommandAndFigures() throws IOException {
        CliTestSupport.Result result = train("ae", "--kind", "autoencoder", "--hidden", "32", "--latent", "2");
        ModelCard card = ModelStore.readCard(dir.resolve("ae"));
        assertEquals(ModelKind.AUTOENCODER, card.kind());
        assertEquals(AutoencoderConfig.plain(List.of(32), 2), card.autoencoder());
        assertTrue(card.training().command().startsWith("./latent train --kind autoencoder --hidden 32"), card.training().command());
        assertEquals(600, card.dataset().trainImages());
        assertFigure(card, "testBce", 50, 550);
        assertFigure(card, "testMse", 0, 0.25);
        assertFigure(card, "testPsnr", 5, 40);
        String json = Files.readString(dir.resolve("ae").resolve(ModelStore.CARD_FILE));
        assertTrue(json.contains("\"testBce\"") && !json.contains("testNegativeElbo"), json);
        assertTrue(Files.exists(dir.resolve("ae").resolve(ModelStore.LATENT_MAP_FILE)));
        assertTrue(result.out().contains("test cross-entropy") && result.out().contains("PSNR"), result.out());
    }

    @Test
    void aDenoiserRunRecordsItsNoiseAndBothPsnrs() throws IOException {
        CliTestSupport.Result result = train("denoise", "--kind", "denoise", "--hidden", "32", "--noise-sigma", "0.2,0.4",
                "--test-sigma", "0.3");
        ModelCard card = ModelStore.readCard(dir.resolve("denoise"));
        assertEquals(AutoencoderConfig.Role.DENOISE, card.autoencoder().role());
        assertEquals(32, card.autoencoder().bottleneck(), "denoisers default to a 32-wide bottleneck");
        assertEquals(0.4, card.training().settings().get("noiseSigmaMax"), 0.0);
        assertEquals(0.3, card.training().settings().get("testSigma"), 0.0);
        assertFigure(card, "noisyPsnr", 5, 20);
        assertFigure(card, "testPsnr", 5, 40);
        assertFigure(card, "gaussianNoisyPsnr", 5, 20);
        assertTrue(result.out().contains("noisy inputs"), result.out());
    }

    @Test
    void superResolutionRunsTakeTheAskedInputSide() throws IOException {
        train("sr7", "--kind", "superres", "--input-side", "7", "--hidden", "32");
        ModelCard card = ModelStore.readCard(dir.resolve("sr7"));
        assertEquals(AutoencoderConfig.superres(7, List.of(32), 64), card.autoencoder());
        assertFigure(card, "testPsnr", 5, 40);
        CliTestSupport.run("train", "--kind", "superres", "--input-side", "5", "-o", dir.resolve("sr5").toString())
                .assertOneLineError(1, "--input-side must be 14 or 7", "5");
        assertTrue(Files.notExists(dir.resolve("sr5")));
    }

    @Test
    void aClassifierRunRecordsItsAccuracy() throws IOException {
        CliTestSupport.Result result = train("classifier", "--kind", "classifier", "--arch", "mlp", "--hidden", "32");
        ModelCard card = ModelStore.readCard(dir.resolve("classifier"));
        assertEquals(ClassifierConfig.digits(Architecture.MLP, List.of(32)), card.classifier());
        assertFigure(card, "testAccuracy", 0.15, 1.0001);
        assertTrue(result.out().contains("test accuracy"), result.out());
    }

    @Test
    void aPcaRunRecordsTheVarianceItExplains() throws IOException {
        CliTestSupport.Result result = train("pca", "--kind", "pca", "--latent", "3");
        ModelCard card = ModelStore.readCard(dir.resolve("pca"));
        assertEquals(new PcaConfig(28, 28, 3), card.pca());
        assertFigure(card, "explainedVarianceRatio", 0.1, 0.5);
        assertFigure(card, "testBce", 50, 550);
        assertTrue(card.training().command().contains("--kind pca --latent 3"), card.training().command());
        assertTrue(result.out().contains("explained variance"), result.out());
    }
}
