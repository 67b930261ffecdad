package org.latentexplorer.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.IntFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF that loops forever (the NETSCAPE2.0 extension), each frame shown for its own time, through
 * {@link AtomicFiles}: a failed write leaves the old file, if any, as it was. Frames are made one at a time as they are
 * written, so a long animation never sits in memory whole.
 */
public final class AnimatedGif {
    /** One picture of the animation and how long it stays, in hundredths of a second (GIF's unit). */
    public record Frame(BufferedImage image, int centiseconds) {
        public Frame {
            if (centiseconds < 1 || centiseconds > 65_535) {
                throw new IllegalArgumentException("a GIF frame lasts 1 to 65535 hundredths of a second, got " + centiseconds);
            }
        }
    }

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private AnimatedGif() {
    }

    /** Writes {@code count} frames, frame {@code i} made by {@code frames.apply(i)}, to {@code file}. */
    public static void write(Path file, int count, IntFunction<Frame> frames) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("an animation needs at least one frame, got " + count);
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException(file + ": this Java has no GIF writer");
        }
        ImageWriter writer = writers.next();
        try {
            AtomicFiles.write(file, out -> {
                try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.prepareWriteSequence(null);
                    for (int i = 0; i < count; i++) {
                        Frame frame = frames.apply(i);
                        ImageWriteParam param = writer.getDefaultWriteParam();
                        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame.image()),
                                param);
                        describe(metadata, frame.centiseconds(), i == 0);
                        writer.writeToSequence(new IIOImage(frame.image(), null, metadata), param);
                    }
                    writer.endWriteSequence();
                    stream.flush();
                }
            });
        } finally {
            writer.dispose();
        }
    }

    /** Sets the frame's delay and, on the first frame, the loop-forever extension. */
    private static void describe(IIOMetadata metadata, int centiseconds, boolean first) throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("transparentColorIndex", "0");
        control.setAttribute("delayTime", Integer.toString(centiseconds));
        if (first) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0, for ever
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}
