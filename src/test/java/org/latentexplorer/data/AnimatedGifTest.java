package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnimatedGifTest {
    @TempDir
    Path dir;

    /** What a GIF reader finds in {@code file}: the frames, each frame's delay, and whether the first asks to loop for ever. */
    record ReadBack(List<BufferedImage> frames, List<Integer> delays, boolean loopsForever) {
    }

    static ReadBack readBack(Path file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            List<BufferedImage> frames = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            boolean loops = false;
            for (int i = 0; i < reader.getNumImages(true); i++) {
                frames.add(reader.read(i));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(control.getAttribute("delayTime")));
                var extensions = root.getElementsByTagName("ApplicationExtension");
                for (int e = 0; e < extensions.getLength(); e++) {
                    IIOMetadataNode extension = (IIOMetadataNode) extensions.item(e);
                    byte[] data = (byte[]) extension.getUserObject();
                    loops |= i == 0 && "NETSCAPE".equals(extension.getAttribute("applicationID")) && data.length == 3 && data[0] == 1
                            && data[1] == 0 && data[2] == 0;
                }
            }
            return new ReadBack(frames, delays, loops);
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage plain(Color colour) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, x < 20 ? colour.getRGB() : Color.BLACK.getRGB());
            }
        }
        return image;
    }

    @Test
    void framesComeBackInOrderWithTheirDelaysAndTheGifLoops() throws IOException {
        List<Color> colours = List.of(Color.RED, Color.GREEN, Color.BLUE);
        Path file = dir.resolve("tour.gif");
        AnimatedGif.write(file, 3, i -> new AnimatedGif.Frame(plain(colours.get(i)), 5 + 10 * i));

        ReadBack back = readBack(file);
        assertEquals(3, back.frames().size());
        assertEquals(List.of(5, 15, 25), back.delays());
        assertEquals(true, back.loopsForever());
        for (int i = 0; i < 3; i++) {
            assertEquals(40, back.frames().get(i).getWidth());
            assertEquals(30, back.frames().get(i).getHeight());
            assertEquals(colours.get(i).getRGB(), back.frames().get(i).getRGB(5, 5));
            assertEquals(Color.BLACK.getRGB(), back.frames().get(i).getRGB(30, 5));
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAsItWas() throws IOException {
        Path file = dir.resolve("tour.gif");
        byte[] old = "the user's own file".getBytes();
        Files.write(file, old);
        assertThrows(UncheckedIOException.class, () -> AnimatedGif.write(file, 3, i -> {
            if (i == 2) {
                throw new UncheckedIOException(new IOException("decoder gone"));
            }
            return new AnimatedGif.Frame(plain(Color.RED), 10);
        }));
        assertArrayEquals(old, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no partial file left beside it");
        }
    }
}
