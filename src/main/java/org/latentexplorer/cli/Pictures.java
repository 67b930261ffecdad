package org.latentexplorer.cli;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.data.GreyPicture;

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
        return GreyPicture.read(file, MAX_INPUT_SIDE, MAX_INPUT_SIDE).pixels();
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
        GreyPicture picture = GreyPicture.read(file, MAX_INPUT_SIDE, MAX_INPUT_SIDE);
        boolean resized = picture.width() != cols || picture.height() != rows;
        GreyPicture sized = resized ? picture.resized(cols, rows) : picture;
        boolean inverted = sized.borderMean() > 0.5;
        return new Digit((inverted ? sized.inverted() : sized).pixels(), resized, inverted);
    }
}
