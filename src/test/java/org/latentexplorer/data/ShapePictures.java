package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/** Pictures of your own, made by the tests: an outlined circle, square or triangle at a random place and size. */
public final class ShapePictures {
    /** The shapes, which are also the class folders' names. */
    public static final List<String> SHAPES = List.of("circles", "squares", "triangles");

    private ShapePictures() {
    }

    /** A {@code side}-pixel picture of {@code shape}: white on black, or dark grey on white when {@code darkOnLight}. */
    public static BufferedImage draw(String shape, int side, boolean darkOnLight, Random random) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(darkOnLight ? Color.WHITE : Color.BLACK);
        g.fillRect(0, 0, side, side);
        g.setColor(darkOnLight ? Color.DARK_GRAY : Color.WHITE);
        g.setStroke(new BasicStroke(Math.max(2, side / 12f)));
        int size = side / 3 + random.nextInt(side / 2);
        int x = random.nextInt(side - size);
        int y = random.nextInt(side - size);
        switch (shape) {
            case "circles" -> g.drawOval(x, y, size, size);
            case "squares" -> g.drawRect(x, y, size, size);
            default -> g.drawPolygon(new int[] {x, x + size / 2, x + size}, new int[] {y + size, y, y + size}, 3);
        }
        g.dispose();
        return image;
    }

    /** Writes {@code image} as {@code format} (png, jpg, gif) to {@code file}, making its folder. */
    public static void write(BufferedImage image, String format, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        assertTrue(ImageIO.write(image, format, file.toFile()), "wrote " + file);
    }
}
