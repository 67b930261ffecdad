package org.latentexplorer.ui.widgets;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.latentexplorer.data.AtomicFiles;

/** A grey image with intensities in [0, 1], row-major: a decoded digit, or many of them tiled. */
public record GrayImage(int width, int height, float[] pixels) {

    public GrayImage {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels do not fill " + width + "x" + height);
        }
    }

    /** Value at column {@code x}, row {@code y}. */
    public float at(int x, int y) {
        return pixels[y * width + x];
    }

    /** {@code tiles} images of {@code tileWidth x tileHeight} laid out row by row, {@code columns} to a row. */
    public static GrayImage tile(float[][] tiles, int columns, int tileWidth, int tileHeight) {
        int rows = (tiles.length + columns - 1) / columns;
        int width = columns * tileWidth;
        float[] out = new float[width * rows * tileHeight];
        for (int t = 0; t < tiles.length; t++) {
            int left = (t % columns) * tileWidth;
            int top = (t / columns) * tileHeight;
            for (int y = 0; y < tileHeight; y++) {
                System.arraycopy(tiles[t], y * tileWidth, out, (top + y) * width + left, tileWidth);
            }
        }
        return new GrayImage(width, rows * tileHeight, out);
    }

    public WritableImage toFxImage() {
        return toFxImage(1);
    }

    /** The image enlarged {@code scale} times with square pixels, for the screen. */
    public WritableImage toFxImage(int scale) {
        return toFxImage(scale, null);
    }

    /**
     * As {@link #toFxImage(int)}, drawn into {@code reuse} when it has the size: a view showing one decode after
     * another keeps one image (and one texture) instead of leaving a new one behind for each.
     */
    public WritableImage toFxImage(int scale, WritableImage reuse) {
        int outWidth = width * scale;
        int outHeight = height * scale;
        boolean fits = reuse != null && reuse.getWidth() == outWidth && reuse.getHeight() == outHeight;
        WritableImage image = fits ? reuse : new WritableImage(outWidth, outHeight);
        int[] argb = new int[outWidth * outHeight];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                argb[y * outWidth + x] = opaqueGray(at(x / scale, y / scale));
            }
        }
        image.getPixelWriter().setPixels(0, 0, outWidth, outHeight, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), outWidth);
        return image;
    }

    /**
     * The image enlarged {@code scale} times with square, unblurred pixels. Grey levels go straight
     * into the raster: {@code setRGB} on a grey image would convert them through a linear colour space.
     */
    public BufferedImage toBufferedImage(int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                raster.setSample(x, y, 0, gray(at(x / scale, y / scale)));
            }
        }
        return image;
    }

    /** Writes a PNG at {@code scale} pixels per cell, atomically: a failed write leaves the old file as it was. */
    public void writePng(Path file, int scale) throws IOException {
        BufferedImage image = toBufferedImage(scale);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException(file + ": no PNG writer available");
            }
        });
    }

    private static int opaqueGray(float intensity) {
        int g = gray(intensity);
        return 0xFF000000 | g << 16 | g << 8 | g;
    }

    /** The 0..255 grey level shown for an intensity (clamped to [0, 1]). */
    public static int gray(float intensity) {
        return Math.round(Math.max(0f, Math.min(1f, intensity)) * 255f);
    }
}
