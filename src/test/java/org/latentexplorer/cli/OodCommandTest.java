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
import org.latentexplorer.lab.Auroc;
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
    void printsTheMediansTheNinetyFifthPercentilesAndTheAurocOfAReport() {
        OutOfDistribution.Errors in = new OutOfDistribution.Errors(new double[] {0.01, 0.02, 0.03}, new double[] {60, 70, 80});
        OutOfDistribution.Errors out = new OutOfDistribution.Errors(new double[] {0.25, 0.5, 0.75}, new double[] {50, 65, 900});
        StringWriter text = new StringWriter();
        OodCommand.print(new PrintWriter(text, true), new OutOfDistribution.Report("m", "digits", "clothes", in, out));
        String printed = text.toString();
        assertTrue(printed.startsWith("m (trained on digits): 3 digits test images in, 3 clothes test images out"), printed);
        assertTrue(printed.contains(String.format(Locale.ROOT, "%12.4f %12.4f", 0.02, in.mseDistribution().percentile(95))), printed);
        assertTrue(printed.contains(String.format(Locale.ROOT, "%12.4f", 0.5)), printed);
        assertTrue(printed.contains("AUROC of the error as an out-of-distribution detector: MSE 1.000, BCE "
                + String.format(Locale.ROOT, "%.3f", Auroc.of(out.bce(), in.bce()))), printed);
    }

    @Test
    void aMissingModelIsNamedInOneLine() {
        CliTestSupport.run("ood", "--fashion-model", "no-such-model", "--limit", "10")
                .assertOneLineError(1, "no-such-model", "no such model directory");
    }
}
