package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.DataRoot;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.TorchScriptConfig.DecoderOutput;
import org.latentexplorer.model.TorchScriptConfig.InputLayout;

/** Real TorchScript files from PyTorch 1.13, imported and run on DJL's engine: what PyTorch computes, the app computes. */
class TorchScriptImportTest {
    private static final int TEST_IMAGES = 300;
    private static LabeledImages test;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTestSet() throws IOException {
        test = ImageDataset.load(DataRoot.resolve("mnist"), ImageDataset.Split.TEST).head(TEST_IMAGES);
    }

    private ModelCard importFile(String fixture, Path output) throws IOException {
        return importFile(TorchScriptFixtures.file(fixture), "encode", "decode", output, new ArrayList<>());
    }

    private static ModelCard importFile(Path file, String encoder, String decoder, Path output, List<String> steps) throws IOException {
        return TorchScriptImport.run(new TorchScriptImport.Request(file, encoder, decoder, output, test, "mnist",
                ImageDataset.MNIST.classNames()), steps::add);
    }

    @Test
    void theLessonsMlpVaeImportsWithItsVarianceAndDecodesAsPyTorchDoes() throws IOException {
        Path output = dir.resolve("mlp");
        List<String> steps = new ArrayList<>();
        ModelCard card = importFile(TorchScriptFixtures.file(TorchScriptFixtures.MLP_VAE), "encode", "decode", output, steps);

        assertEquals(ModelKind.IMPORTED_TORCHSCRIPT, card.kind());
        TorchScriptConfig config = card.torchscript();
        assertEquals(InputLayout.FLAT, config.input());
        assertTrue(config.encoderVariance());
        assertEquals(DecoderOutput.PROBABILITIES, config.decoderOutput());
        assertEquals(2, config.latentSize());
        assertEquals(card.metrics().testReconstruction() + card.metrics().testKl(), card.metrics().testNegativeElbo(), 1e-9);
        assertTrue(card.metrics().testKl() > 0, "a trained VAE's KL is positive: " + card.metrics().testKl());
        assertEquals(TEST_IMAGES, card.dataset().testImages());
        assertTrue(steps.size() >= 3 && steps.get(steps.size() - 1).startsWith("saving"), steps.toString());

        TorchScriptFixtures.Reference reference = TorchScriptFixtures.reference(TorchScriptFixtures.MLP_VAE);
        try (ModelStore.LoadedModel<TorchScriptVae> loaded = ModelStore.loadTorchScript(output, ai.djl.Device.cpu())) {
            assertArrayEquals(reference.decoded(), loaded.model().decode(reference.z(), 1), 1e-5f);
            assertArrayEquals(reference.firstTestMean(), loaded.model().encodeMeans(test.images().image(0), 1), 1e-5f);
            LatentMap map = loaded.latentMap().orElseThrow();
            assertEquals(TEST_IMAGES, map.count());
            assertArrayEquals(reference.firstTestMean(), new float[] {map.coordinate(0, 0), map.coordinate(0, 1)}, 1e-5f);
            assertArrayEquals(test.labels(), map.labels());
        }
    }

    @Test
    void aConvModelWithoutVarianceThatReturnsLogitsIsFoundOutAndItsReconstructionIsTheOneOfItsMeans() throws IOException {
        Path output = dir.resolve("conv");
        ModelCard card = importFile(TorchScriptFixtures.CONV_LOGITS, output);

        TorchScriptConfig config = card.torchscript();
        assertEquals(InputLayout.IMAGE, config.input());
        assertFalse(config.encoderVariance());
        assertEquals(DecoderOutput.LOGITS, config.decoderOutput());
        assertNull(card.metrics().testNegativeElbo(), "no variance, no ELBO");
        assertNull(card.metrics().testKl());

        TorchScriptFixtures.Reference reference = TorchScriptFixtures.reference(TorchScriptFixtures.CONV_LOGITS);
        try (ModelStore.LoadedModel<TorchScriptVae> loaded = ModelStore.loadTorchScript(output, ai.djl.Device.cpu())) {
            float[] decoded = loaded.model().decode(reference.z(), 1);
            for (int i = 0; i < decoded.length; i++) {
                assertEquals(1 / (1 + Math.exp(-reference.decoded()[i])), decoded[i], 1e-5, "the sigmoid of the logits, pixel " + i);
            }
            // the figure on the card is the binary cross-entropy of each test image against the decode of its mean
            double bce = 0;
            for (int n = 0; n < TEST_IMAGES; n++) {
                float[] image = test.images().image(n);
                float[] p = loaded.model().decode(loaded.model().encodeMeans(image, 1), 1);
                for (int i = 0; i < image.length; i++) {
                    bce -= image[i] * Math.max(Math.log(p[i]), -100) + (1 - image[i]) * Math.max(Math.log(1 - p[i]), -100);
                }
            }
            assertEquals(bce / TEST_IMAGES, card.metrics().testReconstruction(), 1e-3 * bce / TEST_IMAGES);
        }
    }

    private void assertRefused(Path file, String encoder, String decoder, String... fragments) {
        Path output = dir.resolve("out");
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> importFile(file, encoder, decoder, output, new ArrayList<>()));
        String message = e.getMessage();
        assertFalse(message.contains("\n"), () -> "one line: " + message);
        assertTrue(message.startsWith(file + ": "), message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "'" + message + "' should mention '" + fragment + "'");
        }
        assertFalse(Files.exists(output), "nothing is saved");
    }

    @Test
    void aFileThatIsNotTorchScriptIsOneLine() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.pt"), "not a model\n");
        assertRefused(text, "encode", "decode", "is not a TorchScript file", "not a ZIP archive");
        assertRefused(TorchScriptFixtures.file(TorchScriptFixtures.STATE_DICT), "encode", "decode", "is not a TorchScript file",
                "state_dict");
    }

    @Test
    void aMissingMethodIsNamedWithTheMethodsTheFileHas() throws IOException {
        Path mlp = TorchScriptFixtures.file(TorchScriptFixtures.MLP_VAE);
        assertRefused(mlp, "encode", "generate", "has no method 'generate'", "decode, encode, forward", "--decoder-method");
        assertRefused(mlp, "embed", "decode", "has no method 'embed'", "--encoder-method");
    }

    @Test
    void wrongShapesAreOneLineSayingWhatCameBackAndWhatWasExpected() throws IOException {
        assertRefused(TorchScriptFixtures.file(TorchScriptFixtures.WRONG_SHAPE), "encode", "decode",
                "decode returned shape 8 x 10", "expected 8 x 784 or 8 x 1 x 28 x 28");
        // the decoder as encoder: it takes neither image layout, and the engine's reason is kept, its traceback dropped
        assertRefused(TorchScriptFixtures.file(TorchScriptFixtures.MLP_VAE), "decode", "decode",
                "decode takes neither N x 784 nor N x 1 x 28 x 28 images", "mat1 and mat2 shapes cannot be multiplied");
    }

    @Test
    void nanOutputsAreRefused() throws IOException {
        assertRefused(TorchScriptFixtures.file(TorchScriptFixtures.NAN), "encode", "decode", "decode returned NaN");
    }

    @Test
    void aFolderThatIsNotAModelIsNeverReplaced() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(mine.resolve("holiday.txt"), "precious");
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> importFile(TorchScriptFixtures.MLP_VAE, mine));
        assertTrue(e.getMessage().contains("exists and is not a model directory"), e.getMessage());
        assertEquals("precious", Files.readString(mine.resolve("holiday.txt")));
    }

    @Test
    void aSwappedModuleFileIsCaughtByItsChecksum() throws IOException {
        Path output = dir.resolve("mlp");
        importFile(TorchScriptFixtures.MLP_VAE, output);
        Files.copy(TorchScriptFixtures.file(TorchScriptFixtures.CONV_LOGITS), output.resolve(TorchScriptConfig.FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.loadTorchScript(output, ai.djl.Device.cpu()));
        assertTrue(e.getMessage().contains("model.pt: checksum does not match model.json"), e.getMessage());
    }
}
