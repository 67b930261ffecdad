package org.latentexplorer.data;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A picture read from a file (PNG, JPEG, GIF or any format ImageIO knows) as grey levels in [0, 1], row-major.
 * Transparent pixels are laid on white, as a page shows them.
 */
public record GreyPicture(int width, int height, float[] pixels) {
    public GreyPicture {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels do not fill " + width + "x" + height);
        }
    }

    /**
     * The picture in {@code file}. Its size is read from the header first, so one over {@code maxSide} a side is refused
     * before it is decoded; one over {@code decodeSide} a side is decoded at every 2nd (3rd, …) pixel, enough for a
     * picture that is shrunk afterwards. Failures are one line that starts with the file.
     */
    public static GreyPicture read(Path file, int maxSide, int decodeSide) throws IOException {
        InputFiles.requireFile(file, "no such image file");
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(file + ": not a picture (PNG, JPEG or GIF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > maxSide || height > maxSide) {
                    throw new IllegalArgumentException(file + ": the picture is " + width + " x " + height + " pixels, more than "
                            + maxSide + " a side");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (Math.max(width, height) + decodeSide - 1) / decodeSide);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return of(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                throw e;
            }
            throw new IOException(file + ": cannot read the picture (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ")", e);
        }
    }

    /** Grey levels of an image: the raster itself for one 8-bit band, else the luminance of the colours over white. */
    public static GreyPicture of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        float[] out = new float[width * height];
        Raster raster = image.getRaster();
        boolean gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        boolean alpha = image.getColorModel().hasAlpha();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = gray ? raster.getSample(x, y, 0) / 255f : overWhite(image.getRGB(x, y), alpha);
            }
        }
        return new GreyPicture(width, height, out);
    }

    private static float overWhite(int argb, boolean alpha) {
        float grey = luminance(argb) / 255f;
        if (!alpha) {
            return grey;
        }
        float opacity = ((argb >>> 24) & 0xFF) / 255f;
        return opacity * grey + (1 - opacity);
    }

    private static int luminance(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return Math.round(0.299f * r + 0.587f * g + 0.114f * b);
    }

    /** Scaled to {@code cols x rows}: each new pixel is the mean of the pixels it covers (the nearest one when enlarging). */
    public GreyPicture resized(int cols, int rows) {
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
                        sum += pixels[sy * width + sx];
                    }
                }
                out[y * cols + x] = (float) (sum / ((y1 - y0) * (x1 - x0)));
            }
        }
        return new GreyPicture(cols, rows, out);
    }

    /** Shrunk, keeping its shape, so that neither side exceeds {@code side}; itself when it already fits. */
    public GreyPicture fittedWithin(int side) {
        if (width <= side && height <= side) {
            return this;
        }
        double scale = (double) side / Math.max(width, height);
        return resized(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    /** The mean grey of the outermost pixels: above one half, the picture is dark ink on a light ground. */
    public double borderMean() {
        double sum = 0;
        int count = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (y == 0 || x == 0 || y == height - 1 || x == width - 1) {
                    sum += pixels[y * width + x];
                    count++;
                }
            }
        }
        return sum / count;
    }

    /** Light for dark and dark for light. */
    public GreyPicture inverted() {
        float[] out = new float[pixels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 1f - pixels[i];
        }
        return new GreyPicture(width, height, out);
    }
}
