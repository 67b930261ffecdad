package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.latentexplorer.data.LabeledImages;

/**
 * An image classifier on the DJL engine, used to score whether a decoded image looks like a digit. Takes
 * images laid out one after another and returns plain arrays. Its trainer's forward returns {@code [logits]};
 * its labels are one-hot rows ({@link #oneHot}).
 */
public final class DigitClassifier extends Network {
    static final String PARAMS_PREFIX = "classifier";

    private final ClassifierBlock block;

    private DigitClassifier(ClassifierBlock block, Device device) {
        super("digit-classifier", block, device, new Shape(1, block.config().imageSize()));
        this.block = block;
    }

    /** A freshly initialized network (weights drawn from the engine's seeded generator). */
    public static DigitClassifier create(ClassifierConfig config, Device device) {
        return new DigitClassifier(new ClassifierBlock(config), device);
    }

    @Override
    String paramsPrefix() {
        return PARAMS_PREFIX;
    }

    public ClassifierConfig config() {
        return block.config();
    }

    /** Class probabilities, {@code classes} numbers for each of the {@code count} images. */
    public float[] probabilities(float[] images, int count) {
        return infer(images, count, config().imageSize(), x -> logits(x).softmax(1));
    }

    /** The most probable class of each image. */
    public int[] predict(float[] images, int count) {
        float[] p = probabilities(images, count);
        int classes = config().classes();
        int[] best = new int[count];
        for (int i = 0; i < count; i++) {
            for (int c = 1; c < classes; c++) {
                if (p[i * classes + c] > p[i * classes + best[i]]) {
                    best[i] = c;
                }
            }
        }
        return best;
    }

    /** One-hot rows for the labels, {@code classes} numbers each. */
    public static float[] oneHot(int[] labels, int classes) {
        float[] rows = new float[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            rows[i * classes + labels[i]] = 1f;
        }
        return rows;
    }

    /** Accuracy and mean cross-entropy (nats per image) on a labelled set. */
    public record Evaluation(double accuracy, double crossEntropy) {
    }

    public synchronized Evaluation evaluate(LabeledImages set, int batchSize) {
        int pixels = config().imageSize();
        int classes = config().classes();
        long correct = 0;
        double crossEntropy = 0;
        for (int start = 0; start < set.count(); start += batchSize) {
            int n = Math.min(batchSize, set.count() - start);
            int[] labels = Arrays.copyOfRange(set.labels(), start, start + n);
            try (NDManager scope = newScope()) {
                NDArray x = scope.create(Arrays.copyOfRange(set.images().pixels(), start * pixels, (start + n) * pixels),
                        new Shape(n, pixels));
                NDArray logits = logits(x);
                crossEntropy += ClassifierLoss.perImage(logits, scope.create(oneHot(labels, classes), new Shape(n, classes)))
                        .sum().getFloat();
                correct += logits.argMax(1).toType(DataType.INT32, false)
                        .eq(scope.create(labels)).sum().getLong();
            }
        }
        return new Evaluation(correct / (double) set.count(), crossEntropy / set.count());
    }

    private NDArray logits(NDArray images) {
        return block.forward(inferenceStore(), new NDList(images), false).singletonOrThrow();
    }
}
