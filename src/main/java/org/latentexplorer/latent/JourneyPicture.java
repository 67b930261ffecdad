package org.latentexplorer.latent;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One frame of a recorded journey, drawn with java.awt (no window needed): the decoded image on the left, on the right
 * the pad as the explorer draws it, a simplified copy of its look: the held-out points coloured by class
 * ({@link ClassColours}) on the dark plot, the path, and the puck with its cross-hair. No axis labels: frames stay free
 * of fonts, so they look the same on every machine.
 */
public final class JourneyPicture {
    /** What the pad shows: the points' {@code (u, v)} and classes, and the square window {@code centre ± halfSpan}. */
    public record Pad(double[] us, double[] vs, int[] labels, double centreU, double centreV, double halfSpan) {
        public Pad {
            if (us.length != vs.length || us.length != labels.length) {
                throw new IllegalArgumentException(us.length + " u, " + vs.length + " v and " + labels.length + " labels");
            }
            if (!(halfSpan > 0)) {
                throw new IllegalArgumentException("the pad's half span must be positive, got " + halfSpan);
            }
        }

        /**
         * The window that frames most of the points ({@link PadWindow#framing(double[], double[])}) widened to hold
         * every point of {@code path} with a margin.
         */
        public static Pad framing(double[] us, double[] vs, int[] labels, List<double[]> path) {
            PadWindow window = PadWindow.framing(us, vs);
            double half = window.halfSpan();
            for (double[] p : path) {
                half = Math.max(half, 1.1 * Math.max(Math.abs(p[0] - window.centerU()), Math.abs(p[1] - window.centerV())));
            }
            return new Pad(us, vs, labels, window.centerU(), window.centerV(), half);
        }
    }

    private static final Color BACKGROUND = new Color(0x171b22);
    private static final Color PLOT = new Color(0x10141b);
    private static final Color FRAME = new Color(255, 255, 255, 46);
    private static final Color PATH = new Color(0xffd166);
    private static final Color CROSSHAIR = new Color(255, 255, 255, 64);
    private static final Color SHADOW = new Color(0, 0, 0, 90);
    private static final float DOT_ALPHA = 0.6f;
    private static final int MARGIN = 12;

    private final Pad pad;
    private final int side;
    private final BufferedImage background;

    /** Frames with both panels {@code side} pixels square. */
    public JourneyPicture(Pad pad, int side) {
        if (side < 64 || side > 2048) {
            throw new IllegalArgumentException("a journey's panels are 64 to 2048 pixels a side, got " + side);
        }
        this.pad = pad;
        this.side = side;
        background = drawBackground();
    }

    public int width() {
        return 2 * side + 3 * MARGIN;
    }

    public int height() {
        return side + 2 * MARGIN;
    }

    /** The frame showing {@code image} ({@code rows x cols} grey levels in [0, 1]) with the puck at {@code (u, v)}. */
    public BufferedImage frame(float[] image, int rows, int cols, double u, double v, List<double[]> path) {
        BufferedImage frame = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.drawImage(background, 0, 0, null);
            drawImage(frame, image, rows, cols);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.clipRect(padLeft(), MARGIN, side, side);
            drawPath(g, path);
            drawPuck(g, x(u), y(v));
        } finally {
            g.dispose();
        }
        return frame;
    }

    /** The frame's pixel at the middle of pixel {@code (row, col)} of a {@code rows x cols} image: {x, y}. */
    public int[] imagePixel(int row, int col, int rows, int cols) {
        int scale = imageScale(rows, cols);
        return new int[] {imageLeft(cols, scale) + col * scale + scale / 2, imageTop(rows, scale) + row * scale + scale / 2};
    }

    /** The frame's pixel where pad point {@code (u, v)} lies: {x, y}. */
    public int[] padPixel(double u, double v) {
        return new int[] {(int) Math.floor(x(u)), (int) Math.floor(y(v))};
    }

    private int imageScale(int rows, int cols) {
        return Math.max(1, side / Math.max(rows, cols));
    }

    private int imageLeft(int cols, int scale) {
        return MARGIN + (side - cols * scale) / 2;
    }

    private int imageTop(int rows, int scale) {
        return MARGIN + (side - rows * scale) / 2;
    }

    private int padLeft() {
        return 2 * MARGIN + side;
    }

    private double x(double u) {
        return padLeft() + (u - pad.centreU() + pad.halfSpan()) / (2 * pad.halfSpan()) * side;
    }

    private double y(double v) {
        return MARGIN + (pad.centreV() + pad.halfSpan() - v) / (2 * pad.halfSpan()) * side;
    }

    private BufferedImage drawBackground() {
        BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width(), height());
            g.setColor(Color.BLACK);
            g.fillRect(MARGIN, MARGIN, side, side);
            g.setColor(PLOT);
            g.fillRect(padLeft(), MARGIN, side, side);
            g.clipRect(padLeft(), MARGIN, side, side);
            double dot = Math.max(2, side / 240.0);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, DOT_ALPHA));
            for (int p = 0; p < pad.us().length; p++) {
                g.setColor(new Color(ClassColours.rgb(pad.labels()[p])));
                g.fill(new java.awt.geom.Rectangle2D.Double(x(pad.us()[p]) - dot / 2, y(pad.vs()[p]) - dot / 2, dot, dot));
            }
            g.setComposite(AlphaComposite.SrcOver);
            g.setClip(null);
            g.setColor(FRAME);
            g.drawRect(padLeft(), MARGIN, side - 1, side - 1);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The image enlarged with square pixels and centred in its panel. */
    private void drawImage(BufferedImage frame, float[] image, int rows, int cols) {
        int scale = imageScale(rows, cols);
        int left = imageLeft(cols, scale);
        int top = imageTop(rows, scale);
        for (int y = 0; y < rows * scale; y++) {
            for (int x = 0; x < cols * scale; x++) {
                int grey = Math.round(Math.max(0f, Math.min(1f, image[(y / scale) * cols + x / scale])) * 255f);
                frame.setRGB(left + x, top + y, grey << 16 | grey << 8 | grey);
            }
        }
    }

    private void drawPath(Graphics2D g, List<double[]> path) {
        if (path.size() < 2) {
            return;
        }
        Path2D.Double line = new Path2D.Double();
        line.moveTo(x(path.get(0)[0]), y(path.get(0)[1]));
        for (double[] p : path.subList(1, path.size())) {
            line.lineTo(x(p[0]), y(p[1]));
        }
        g.setColor(new Color(PATH.getRed(), PATH.getGreen(), PATH.getBlue(), 210));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {6, 5}, 0));
        g.draw(line);
    }

    private void drawPuck(Graphics2D g, double x, double y) {
        g.setStroke(new BasicStroke(1));
        g.setColor(CROSSHAIR);
        g.draw(new Line2D.Double(x, MARGIN, x, MARGIN + side));
        g.draw(new Line2D.Double(padLeft(), y, padLeft() + side, y));
        g.setColor(SHADOW);
        g.fill(new Ellipse2D.Double(x - 10, y - 9, 20, 20));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Ellipse2D.Double(x - 8, y - 8, 16, 16));
        g.fill(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
    }
}
