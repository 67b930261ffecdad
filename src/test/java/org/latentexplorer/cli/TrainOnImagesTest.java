package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ShapePictures;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.ModelKind;

/** Training on a folder of 200 pictures made here, end to end: from the files to a model the explorer opens. */
class TrainOnImagesTest {
    private static final List<String> SHAPES = ShapePictures.SHAPES;

    @TempDir
    Path dir;

    /**
     * 200 pictures of three shapes in three folders: sizes from 40 to 300 pixels, PNG, JPEG and GIF, a third of them dark
     * ink on white (the rest white on black), each shape placed and sized at random; plus a corrupt PNG and a text file.
     */
    private Path drawShapes() throws IOException {
        Path images = dir.resolve("shapes");
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            String shape = SHAPES.get(i % 3);
            int side = 40 + random.nextInt(261);
            boolean darkOnLight = i % 3 == (i / 3) % 3;
            BufferedImage image = ShapePictures.draw(shape, side, darkOnLight, random);
            String format = List.of("png", "jpg", "gif", "png").get(i % 4);
            Path file = images.resolve(shape).resolve(String.format("%s-%03d.%s", shape, i, format));
            ShapePictures.write(image, format, file);
        }
        byte[] png = Files.readAllBytes(images.resolve("squares/squares-004.png"));
        Files.write(images.resolve("squares/broken.png"), Arrays.copyOf(png, png.length / 3));
        Files.writeString(images.resolve("triangles/notes.txt"), "three sides each");
        return images;
    }

    @Test
    void trainingOnAFolderOf200PicturesWorksEndToEnd() throws IOException {
        Path images = drawShapes();
        Path out = dir.resolve("models").resolve("shapes-vae");
        CliTestSupport.Result result = CliTestSupport.runOk("train", "--images", images.toString(), "--hidden", "64", "--latent", "2",
                "--epochs", "8", "--batch", "16", "--lr", "0.003", "--checkpoints", dir.resolve("ck").toString(), "-o", out.toString());

        List<String> lines = result.out().lines().toList();
        assertEquals("images in " + images + ": 200 read, 2 skipped; 3 classes, 179 for training, 21 for testing", lines.get(0));
        assertTrue(lines.contains("  squares: 67 read (60 train, 7 test), 22 inverted (dark on light), 1 skipped"), result.out());
        assertTrue(result.out().contains("    skipped squares/broken.png: cannot read the picture ("), result.out());
        assertTrue(lines.contains("    skipped triangles/notes.txt: not a picture (PNG, JPEG or GIF)"), result.out());
        assertTrue(result.out().contains("test negative ELBO"), result.out());

        List<double[]> epochs = Files.readAllLines(out.resolve("metrics.csv")).stream().skip(1)
                .map(line -> Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray()).toList();
        assertEquals(8, epochs.size());
        double[] first = epochs.get(0);
        double[] last = epochs.get(epochs.size() - 1);
        assertTrue(last[1] < 0.9 * first[1], "the training loss falls: " + first[1] + " -> " + last[1]);
        assertTrue(last[2] < first[2], "the test -ELBO falls: " + first[2] + " -> " + last[2]);

        try (LatentSpace space = LatentSpace.open(out)) {
            assertEquals(SHAPES, space.classNames(), "the legend's names are the folders'");
            assertEquals("shapes", space.card().dataset().name());
            assertTrue(space.card().description().startsWith("shapes VAE"), space.card().description());
            LatentMap map = space.latentMap().orElseThrow();
            assertEquals(21, map.count(), "the scatter shows the held-out pictures");
            assertEquals(List.of(0, 1, 2), Arrays.stream(map.labels()).distinct().sorted().boxed().toList());
        }
        List<ModelCatalog.Entry> listed = ModelCatalog.list(out.getParent(), ModelKind.IMAGE_VAE);
        assertEquals(1, listed.size());
        assertTrue(listed.get(0).usable(), () -> "the explorer's picker can open it: " + listed.get(0).problem());
        assertEquals(SHAPES, listed.get(0).card().dataset().classNames());
    }

    @Test
    void imagesWithAnotherDataSetOrAKindThatCannotUseThemIsOneLine() throws IOException {
        Path images = Files.createDirectories(dir.resolve("few"));
        CliTestSupport.run("train", "--images", images.toString(), "--dataset", "fashion-mnist", "-o", dir.resolve("a").toString())
                .assertOneLineError(1, "--images takes the place of --dataset and --data");
        CliTestSupport.run("train", "--kind", "melody", "--images", images.toString(), "-o", dir.resolve("b").toString())
                .assertOneLineError(1, "--images works with --kind image, autoencoder, denoise, superres or pca, not melody");
        CliTestSupport.run("train", "--images", images.toString(), "-o", dir.resolve("c").toString())
                .assertOneLineError(1, images + ": no pictures to train on (0 files skipped)");
        CliTestSupport.run("train", "--images", images.toString(), "--images-fit", "stretch", "-o", dir.resolve("d").toString())
                .assertOneLineError(2, "--images-fit", "mnist, resize");
        assertTrue(Files.notExists(dir.resolve("c")));
    }
}
