package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.lab.ImageQuality;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.lessons.OutOfDistribution;

class OodCommandTest {
    private static final Pattern AUROC = Pattern.compile("AUROC of the error as an out-of-distribution detector: MSE ([0-9.]+), BCE ([0-9.]+)");

    @Test
    void printsBothDirectionsAndTheMnistVaeTellsClothesFromDigits() {
        CliTestSupport.Result r = CliTestSupport.runOk("ood", "--limit", "400");
        List<String> headers = r.out().lines().filter(l -> l.contains("test images in")).toList();
        assertEquals(2, headers.size(), r.out());
        assertTrue(headers.get(0).startsWith("mnist-vae-20d (trained on MNIST): 400 MNIST test images in, 400 Fashion-MNIST"), headers.get(0));
        assertTrue(headers.get(1).startsWith("fashion-vae-20d (trained on Fashion-MNIST)"), headers.get(1));
        Matcher m = AUROC.matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Double.parseDouble(m.group(1)) > 0.9, "MNIST VAE: clothes reconstruct far worse than digits: " + m.group());
        assertTrue(m.find(), r.out());
    }

    @Test
    void theErrorsAreThoseOfTheEncoderMeanThroughTheDecoder() throws Exception {
        ImageSet digits = ImageDataset.load(ImageDataset.MNIST.defaultDirectory(), ImageDataset.Split.TEST).images().head(50);
        try (LatentSpace vae = LatentSpace.open(ModelCatalog.defaultRoot().resolve("mnist-vae-20d"))) {
            OutOfDistribution.Errors errors = OutOfDistribution.errors(vae, digits);
            for (int i = 0; i < digits.count(); i += 7) {
                float[] reconstruction = vae.decode(vae.encode(digits.image(i)));
                assertEquals(ImageQuality.mse(digits.image(i), reconstruction), errors.mse()[i], 1e-6);
                assertEquals(ImageQuality.bce(digits.image(i), reconstruction), errors.bce()[i], 1e-3);
            }
            OutOfDistribution.Report report = new OutOfDistribution.Report("m", "same", "same", errors, errors);
            assertEquals(0.5, report.mseAuroc(), 1e-12, "a set against itself is chance");
            StringWriter text = new StringWriter();
            OodCommand.print(new PrintWriter(text, true), report);
            assertTrue(text.toString().contains(String.format(Locale.ROOT, "%.4f", errors.mseDistribution().median())), text.toString());
        }
    }

    @Test
    void aMissingModelIsNamedInOneLine() {
        CliTestSupport.run("ood", "--fashion-model", "no-such-model", "--limit", "10")
                .assertOneLineError(1, "no-such-model", "no such model directory");
    }
}
