package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompareCommandTest {
    @Test
    void printsTheThreeMapsAndAutoencodersReconstructBetterThanPca() {
        CliTestSupport.Result r = CliTestSupport.runOk("compare", "--limit", "1500", "--grid", "12");
        List<String> rows = r.out().lines().filter(l -> l.matches("^(VAE|Autoencoder|PCA) .*")).toList();
        assertEquals(3, rows.size(), r.out());
        double vaeMse = Double.parseDouble(rows.get(0).trim().split("\\s+")[2]);
        double aeMse = Double.parseDouble(rows.get(1).trim().split("\\s+")[2]);
        double pcaMse = Double.parseDouble(rows.get(2).trim().split("\\s+")[2]);
        assertTrue(aeMse < pcaMse && vaeMse < pcaMse, "a 2-D autoencoder reconstructs better than 2 principal components: " + rows);
        double pcaKnn = Double.parseDouble(rows.get(2).trim().split("\\s+")[4]);
        double vaeKnn = Double.parseDouble(rows.get(0).trim().split("\\s+")[4]);
        assertTrue(vaeKnn > pcaKnn + 0.2, "the VAE's map keeps digits apart far better than PCA's: " + rows);
        assertTrue(r.out().contains("Autoencoders beat PCA at reconstruction: yes"), r.out());
    }

    @Test
    void aModelOfTheWrongKindIsRefusedInOneLine() {
        CliTestSupport.run("compare", "--ae", "mnist-classifier", "--limit", "100")
                .assertOneLineError(1, "mnist-classifier", "not a 2-D map");
    }
}
