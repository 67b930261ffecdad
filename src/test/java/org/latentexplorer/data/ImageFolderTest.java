package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderTest {
    /** The plain resize, so that these tests see what the loader itself does. */
    private static final ImageFolder.Fit RESIZE = picture -> Optional.of(picture.resized(28, 28).pixels());
    private static final ImageFolder.Settings SETTINGS = new ImageFolder.Settings(RESIZE, ImageFolder.Ink.AUTO, 10);

    @TempDir
    Path dir;

    /** A {@code side x side} picture: a square of {@code ink} on {@code ground}, written in {@code format}. */
    private static void picture(Path file, int side, Color ground, Color ink, String format) throws IOException {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(ground);
        g.fillRect(0, 0, side, side);
        g.setColor(ink);
        g.fillRect(side / 4, side / 4, side / 2, side / 2);
        g.dispose();
        Files.createDirectories(file.getParent());
        assertTrue(ImageIO.write(image, format, file.toFile()), "a writer for " + format);
    }

    private void folderOf(String name, int count, int firstSide) throws IOException {
        for (int i = 0; i < count; i++) {
            String format = List.of("png", "jpg", "gif").get(i % 3);
            picture(dir.resolve(name).resolve(String.format("%s-%02d.%s", name, i, format)), firstSide + 7 * i, Color.BLACK,
                    Color.WHITE, format);
        }
    }

    @Test
    void subFoldersAreClassesAndEveryFileLeftOutIsNamedWithItsReason() throws IOException {
        folderOf("circles", 20, 30);
        folderOf("squares", 11, 50);
        Files.write(dir.resolve("squares/broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I'});
        Files.writeString(dir.resolve("circles/notes.txt"), "not a picture");
        Files.writeString(dir.resolve("circles/.DS_Store"), "hidden");
        Files.writeString(dir.resolve("readme.md"), "beside the folders");
        Files.createDirectories(dir.resolve("empty"));

        ImageFolder.Loaded loaded = ImageFolder.load(dir, SETTINGS);

        assertEquals(List.of("circles", "squares"), loaded.classNames());
        ImageFolderReport report = loaded.report();
        assertEquals(31, report.read());
        assertEquals(List.of("broken.png", "notes.txt", "readme.md"),
                report.skipped().stream().map(s -> Path.of(s.file()).getFileName().toString()).sorted().toList());
        String text = String.join("\n", report.lines());
        assertTrue(text.contains("skipped squares/broken.png: cannot read the picture"), text);
        assertTrue(text.contains("skipped circles/notes.txt: not a picture (PNG, JPEG or GIF)"), text);
        assertTrue(text.contains("skipped readme.md: lies beside the class folders"), text);
        assertTrue(text.contains("empty: 0 read: no class"), text);
        assertTrue(text.startsWith("images in " + dir + ": 31 read, 3 skipped; 2 classes, 28 for training, 3 for testing"), text);
        // one in ten of each class, at least one: 2 of the 20 circles, 1 of the 11 squares
        assertEquals(3, loaded.test().count());
        assertEquals(28, loaded.train().count());
        assertArrayEquals(new int[] {0, 1, 0}, loaded.test().labels());
        assertArrayEquals(new int[] {0, 1, 0, 1}, java.util.Arrays.copyOf(loaded.train().labels(), 4),
                "the classes take turns, so that --train-limit keeps them all");
    }

    @Test
    void theSplitIsTheSameEveryTime() throws IOException {
        folderOf("a", 25, 28);
        ImageFolder.Loaded first = ImageFolder.load(dir, SETTINGS);
        ImageFolder.Loaded again = ImageFolder.load(dir, SETTINGS);
        assertArrayEquals(first.test().images().pixels(), again.test().images().pixels());
        assertArrayEquals(first.train().images().pixels(), again.train().images().pixels());
    }

    @Test
    void picturesDirectlyInTheFolderAreOneClassNamedAfterIt() throws IOException {
        Path faces = dir.resolve("faces");
        for (int i = 0; i < 4; i++) {
            picture(faces.resolve("f" + i + ".png"), 40, Color.BLACK, Color.WHITE, "png");
        }
        ImageFolder.Loaded loaded = ImageFolder.load(faces, SETTINGS);
        assertEquals(List.of("faces"), loaded.classNames());
        assertEquals("faces", loaded.name());
        assertEquals(1, loaded.test().count());
        assertEquals(3, loaded.train().count());
    }

    @Test
    void darkInkOnLightIsInvertedUnlessTheInkIsForced() throws IOException {
        picture(dir.resolve("x/dark-on-light.png"), 56, Color.WHITE, Color.BLACK, "png");
        picture(dir.resolve("x/light-on-dark.png"), 56, Color.BLACK, Color.WHITE, "png");
        ImageFolder.Loaded auto = ImageFolder.load(dir, SETTINGS);
        float[] a = auto.train().images().image(0);
        float[] b = auto.test().images().image(0);
        assertArrayEquals(a, b, 1e-6f, "both come out light on dark");
        assertEquals(0f, a[0], 1e-6f);
        assertEquals(1f, a[14 * 28 + 14], 1e-6f);
        assertTrue(String.join("\n", auto.report().lines()).contains("x: 2 read (1 train, 1 test), 1 inverted (dark on light)"),
                auto.report().lines().toString());

        ImageFolder.Loaded kept = ImageFolder.load(dir, new ImageFolder.Settings(RESIZE, ImageFolder.Ink.LIGHT, 10));
        assertEquals(1f, kept.train().images().image(0)[0], 1e-6f, "--images-ink light leaves the white ground white");
        ImageFolder.Loaded flipped = ImageFolder.load(dir, new ImageFolder.Settings(RESIZE, ImageFolder.Ink.DARK, 10));
        assertEquals(1f, flipped.test().images().image(0)[0], 1e-6f, "--images-ink dark inverts the black ground too");
    }

    @Test
    void aFolderWithNothingUsableOrTooLittleIsOneLine() throws IOException {
        Files.createDirectories(dir.resolve("junk"));
        Files.writeString(dir.resolve("junk/a.png"), "text, not a PNG");
        IOException nothing = assertThrows(IOException.class, () -> ImageFolder.load(dir, SETTINGS));
        assertEquals(dir + ": no pictures to train on (1 file skipped; junk/a.png: not a picture (PNG, JPEG or GIF))",
                nothing.getMessage());

        picture(dir.resolve("junk/b.png"), 28, Color.BLACK, Color.WHITE, "png");
        IOException one = assertThrows(IOException.class, () -> ImageFolder.load(dir, SETTINGS));
        assertTrue(one.getMessage().startsWith(dir + ": too few pictures (1 read)"), one.getMessage());

        IOException missing = assertThrows(IOException.class, () -> ImageFolder.load(dir.resolve("nope"), SETTINGS));
        assertEquals(dir.resolve("nope") + ": no such image folder", missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ImageFolder.Settings(RESIZE, ImageFolder.Ink.AUTO, 1));
    }
}
