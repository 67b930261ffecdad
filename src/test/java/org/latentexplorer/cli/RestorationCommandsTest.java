package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The denoise and superres commands on a slice of the MNIST test set with the shipped networks. */
class RestorationCommandsTest {
    @Test
    void denoisePrintsEveryNoiseLevelAndTheDenoiserHelpsAtEachOne() {
        CliTestSupport.Result r = CliTestSupport.runOk("denoise", "--limit", "300");
        List<String> rows = r.out().lines().filter(l -> l.startsWith("Gaussian") || l.startsWith("salt")).toList();
        assertEquals(8, rows.size(), r.out());
        for (String row : rows) {
            String[] parts = row.split("\\s+dB\\s*");
            String[] left = parts[0].trim().split("\\s+");
            double noisy = Double.parseDouble(left[left.length - 1]);
            double denoised = Double.parseDouble(parts[1].trim());
            assertTrue(denoised > noisy, "the denoiser should raise the PSNR: " + row);
        }
    }

    @Test
    void superresBeatsBicubicFromBothInputSizes() {
        CliTestSupport.Result r = CliTestSupport.runOk("superres", "--limit", "200");
        assertTrue(r.out().contains("14x14: the network beats bicubic: yes"), r.out());
        assertTrue(r.out().contains("7x7: the network beats bicubic: yes"), r.out());
    }

    @Test
    void aModelOfTheWrongRoleIsRefusedInOneLine() {
        CliTestSupport.run("denoise", "-m", "mnist-superres-14", "--limit", "10")
                .assertOneLineError(1, "mnist-superres-14", "expected a denoise autoencoder");
    }
}
