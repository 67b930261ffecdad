package org.latentexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.LatentPlane;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.music.MelodyMidi;

class RecordCommandTest {
    @TempDir
    Path dir;

    @Test
    void aDigitJourneyIsALoopingGifOfTheDecodedDigitsAlongThePath() throws IOException {
        Path gif = dir.resolve("tour.gif");
        CliTestSupport.Result result = CliTestSupport.runOk("record", "--path", "-1.5,-1;1,1.5;1.5,-1", "--frames-per-segment", "5",
                "--fps", "10", "--size", "112", "-o", gif.toString());
        assertTrue(result.out().startsWith("wrote " + gif + ": 11 frames, 260 x 136 pixels, 10 fps"), result.out());

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(11, reader.getNumImages(true));
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode loop = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
            assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) loop.getUserObject(), "loops for ever");
            IIOMetadataNode control = (IIOMetadataNode) first.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("10", control.getAttribute("delayTime"), "a tenth of a second a frame at 10 fps");

            // the digit panel of frames 0 and 5 shows what the model decodes at the path's first and second points
            try (LatentSpace space = LatentSpace.open(ModelCatalog.defaultRoot().resolve("mnist-vae-2d"))) {
                LatentPlane plane = space.defaultPlane();
                assertShows(reader.read(0), space.decode(plane.toLatent(-1.5, -1)), 112);
                assertShows(reader.read(5), space.decode(plane.toLatent(1, 1.5)), 112);
                assertShows(reader.read(10), space.decode(plane.toLatent(1.5, -1)), 112);
            }
            assertEquals(260, reader.read(10).getWidth());
            assertEquals(136, reader.read(10).getHeight());
        } finally {
            reader.dispose();
        }
    }

    /** The frame's left panel shows {@code digit}, each pixel enlarged 4 times from (12, 12), within the GIF's 256 colours. */
    private static void assertShows(BufferedImage frame, float[] digit, int side) {
        int scale = side / 28;
        double error = 0;
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                int grey = frame.getRGB(12 + c * scale + 1, 12 + r * scale + 1) & 0xff;
                error += Math.abs(grey - digit[r * 28 + c] * 255);
            }
        }
        assertTrue(error / 784 < 6, "the digit panel matches the decoded digit: mean error " + error / 784 + " grey levels");
    }

    @Test
    void aMelodyJourneyIsAMidiFileOfTheDecodedMelodiesOneAfterAnother() throws IOException {
        Path midi = dir.resolve("tour.mid");
        CliTestSupport.Result result = CliTestSupport.runOk("record", "--model", "melody-vae", "--path", "-1,0;1,0.5",
                "--frames-per-segment", "2", "-o", midi.toString());
        assertTrue(result.out().startsWith("wrote " + midi + ": 3 melodies, 6 bars"), result.out());

        Melody back = MelodyMidi.read(midi);
        assertEquals(3 * Melody.WINDOW_STEPS, back.length());
        try (MelodySpace space = MelodySpace.open(ModelCatalog.defaultRoot().resolve("melody-vae"))) {
            LatentPlane plane = space.principalPlane();
            List<Melody> expected = space.decodeAll(new float[][] {plane.toLatent(-1, 0), plane.toLatent(0, 0.25),
                plane.toLatent(1, 0.5)}, 0, new Random(0));
            assertEquals(Melody.concat(expected), back);
        }
    }

    @Test
    void aBadPathOrAWrongFileTypeIsOneLineAndLeavesTheUsersFileAlone() throws IOException {
        Path gif = dir.resolve("mine.gif");
        Files.writeString(gif, "the user's own picture");
        CliTestSupport.run("record", "--path", "1,2", "-o", gif.toString())
                .assertOneLineError(1, "--path '1,2' has 1 point; a journey needs at least 2");
        CliTestSupport.run("record", "--path", "1,2;one,2", "-o", gif.toString())
                .assertOneLineError(1, "--path '1,2;one,2': point 2 has 'one', not a finite number");
        CliTestSupport.run("record", "--path", "1,2;3", "-o", gif.toString())
                .assertOneLineError(1, "point 2 ('3') is not two numbers x,y");
        CliTestSupport.run("record", "--path", "1,2;3,4", "-o", dir.resolve("tour.mid").toString())
                .assertOneLineError(1, "-o " + dir.resolve("tour.mid") + ": an image model's journey is an animated GIF");
        CliTestSupport.run("record", "--model", "melody-vae", "--path", "1,2;3,4", "-o", gif.toString())
                .assertOneLineError(1, "a melody model's journey is a MIDI file");
        CliTestSupport.run("record", "--path", "1,2;3,4", "--fps", "0", "-o", gif.toString())
                .assertOneLineError(1, "--fps must be at least 1, got 0 (accepted: 1 to 50)");
        CliTestSupport.run("record", "--model", "mnist-pca-2d", "--path", "1,2;3,4", "-o", gif.toString())
                .assertOneLineError(1, "is a pca model; record takes an image VAE (GIF) or a melody model (MIDI)");
        assertEquals("the user's own picture", Files.readString(gif));
        assertTrue(Files.notExists(dir.resolve("tour.mid")));
    }
}
