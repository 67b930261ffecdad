package org.latentexplorer.cli;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.data.InputFiles;

/** Grey images for the headless commands: PNG sheets of decoded digits, ASCII previews, and PNG input. */
final class Pictures {
    private static final String RAMP = " .:-=+*#%@";
    static final int MAX_SHEET_SIDE = 16_384;
    private static final int MAX_INPUT_SIDE = 8192;

    private Pictures() {
    }

    /**
     * Writes {@code tiles} (each {@code rows x cols} intensities in [0, 1]) as one PNG, {@code columns} to a
     * row, every pixel enlarged to a {@code scale x scale} square (no smoothing).
     */
    static void writeSheet(Path file, float[][] tiles, int rows, int cols, int columns, int scale) throws IOException {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, got " + scale);
        }
        int across = Math.min(columns, tiles.length);
        int down = (tiles.length + columns - 1) / columns;
        BufferedImage image = new BufferedImage(across * cols * scale, down * rows * scale, BufferedImage.TYPE_BYTE_GRAY);
        byte[] raster = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int width = image.getWidth();
        for (int t = 0; t < tiles.length; t++) {
            int left = (t % columns) * cols * scale;
            int top = (t / columns) * rows * scale;
            for (int y = 0; y < rows * scale; y++) {
                int rowStart = (top + y) * width + left;
                for (int x = 0; x < cols * scale; x++) {
                    raster[rowStart + x] = (byte) gray(tiles[t][(y / scale) * cols + x / scale]);
                }
            }
        }
        write(file, image);
    }

    private static void write(Path file, BufferedImage image) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException(file + ": no PNG writer available");
            }
        });
    }

    /** Refuses a sheet larger than {@value #MAX_SHEET_SIDE} pixels a side before it is decoded or drawn; {@code options} says what to lower. */
    static void checkSheetSize(int tiles, int columns, int rows, int cols, int scale, String options) {
        long across = Math.min(columns, tiles);
        long down = (tiles + (long) columns - 1) / columns;
        long width = across * cols * scale;
        long height = down * rows * scale;
        if (width > MAX_SHEET_SIDE || height > MAX_SHEET_SIDE) {
            throw new IllegalArgumentException("the picture would be " + width + " x " + height + " pixels, more than "
                    + MAX_SHEET_SIDE + " a side: lower " + options);
        }
    }

    static int gray(float intensity) {
        return Math.round(Math.max(0f, Math.min(1f, intensity)) * 255f);
    }

    /** An ASCII-art picture, two characters per pixel so that it keeps its shape in a terminal. */
    static String ascii(float[] pixels, int rows, int cols) {
        StringBuilder out = new StringBuilder((2 * cols + 1) * rows);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                float v = Math.max(0f, Math.min(1f, pixels[y * cols + x]));
                char c = RAMP.charAt(Math.min(RAMP.length() - 1, (int) (v * RAMP.length())));
                out.append(c).append(c);
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    /** A grey image read back as intensities in [0, 1], row-major (used by tests and by {@link #readDigit}). */
    static float[] readGray(Path file) throws IOException {
        return grayPixels(read(file));
    }

    /** A digit for the encoder from a picture of any size. */
    record Digit(float[] pixels, boolean resized, boolean inverted) {
    }

    /**
     * Reads a PNG (or any format ImageIO knows) as a {@code rows x cols} image in [0, 1]: converted to grey,
     * averaged down (or enlarged) when its size differs, and inverted when it is dark ink on a light
     * background (the models learned light digits on black).
     */
    static Digit readDigit(Path file, int rows, int cols) throws IOException {
        BufferedImage image = read(file);
        int width = image.getWidth();
        int height = image.getHeight();
        float[] source = grayPixels(image);
        boolean resized = width != cols || height != rows;
        float[] pixels = resized ? resize(source, width, height, cols, rows) : source;
        double border = 0;
        int borderCount = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (y == 0 || x == 0 || y == rows - 1 || x == cols - 1) {
                    border += pixels[y * cols + x];
                    borderCount++;
                }
            }
        }
        boolean inverted = border / borderCount > 0.5;
        if (inverted) {
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = 1f - pixels[i];
            }
        }
        return new Digit(pixels, resized, inverted);
    }

    /** Each target pixel is the mean of the source pixels it covers (the nearest one when enlarging). */
    static float[] resize(float[] source, int width, int height, int cols, int rows) {
        float[] out = new float[rows * cols];
        for (int y = 0; y < rows; y++) {
            int y0 = (int) ((long) y * height / rows);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * height / rows));
            for (int x = 0; x < cols; x++) {
                int x0 = (int) ((long) x * width / cols);
                int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * width / cols));
                double sum = 0;
                for (int sy = y0; sy < y1; sy++) {
                    for (int sx = x0; sx < x1; sx++) {
                        sum += source[sy * width + sx];
                    }
                }
                out[y * cols + x] = (float) (sum / ((y1 - y0) * (x1 - x0)));
            }
        }
        return out;
    }

    /** Grey levels in [0, 1]: the raster itself for a one-band image, else the luminance of the colours. */
    private static float[] grayPixels(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        float[] out = new float[width * height];
        Raster raster = image.getRaster();
        boolean gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (gray ? raster.getSample(x, y, 0) : luminance(image.getRGB(x, y))) / 255f;
            }
        }
        return out;
    }

    /** The picture in {@code file}; its size is read from the header first, so a huge one is refused before it is decoded. */
    private static BufferedImage read(Path file) throws IOException {
        InputFiles.requireFile(file, "no such image file");
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(file + ": not an image this program can read (expected PNG)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_INPUT_SIDE || height > MAX_INPUT_SIDE) {
                    throw new IllegalArgumentException(file + ": the picture is " + width + " x " + height + " pixels, more than "
                            + MAX_INPUT_SIDE + " a side");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                throw e;
            }
            throw new IOException(file + ": cannot read image (" + e.getMessage() + ")", e);
        }
    }

    private static int luminance(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return Math.round(0.299f * r + 0.587f * g + 0.114f * b);
    }
}
