package org.latentexplorer.model;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.TorchScriptConfig.DecoderOutput;
import org.latentexplorer.model.TorchScriptConfig.InputLayout;

/**
 * Makes a model directory of a VAE trained elsewhere: finds out on a few test images how its TorchScript file is
 * called (flat or image-shaped input, a variance head or not, probabilities or logits out), encodes the whole test
 * set into the latent map, measures the reconstruction (and the negative ELBO when the encoder gives a variance),
 * and saves the file's copy with a card of kind {@code imported-torchscript}.
 */
public final class TorchScriptImport {
    /** The test images the shapes are checked on before the whole set runs. */
    static final int PROBE_IMAGES = 8;
    private static final int CHUNK = 500;
    /** PyTorch's binary cross-entropy clamps its logarithms here, so a saturated pixel costs 100 nats, not infinity. */
    private static final double LOG_FLOOR = -100;

    /** What to import: the file, its two methods, where to save it, and the labelled test set to measure it on. */
    public record Request(Path file, String encoderMethod, String decoderMethod, Path output, LabeledImages test,
                          String datasetName, List<String> classNames) {
    }

    private TorchScriptImport() {
    }

    /** Runs the import, telling {@code progress} each step in a few words; returns the card it saved. */
    public static ModelCard run(Request request, Consumer<String> progress) throws IOException {
        ModelStore.recover(request.output());
        ModelStore.requireReplaceable(request.output());
        Path file = request.file();
        int rows = request.test().images().rows();
        int cols = request.test().images().cols();
        progress.accept("loading " + file.getFileName());
        Device device = Devices.preferred();
        try (TorchScriptVae vae = TorchScriptVae.open(file, request.encoderMethod(), request.decoderMethod(), device)) {
            progress.accept("checking its shapes on " + PROBE_IMAGES + " test images");
            TorchScriptConfig config = probe(vae, request, rows, cols);
            progress.accept(String.format(Locale.ROOT, "encoding and decoding %,d test images", request.test().count()));
            Measured measured = measure(vae, config, request.test());
            ModelCard.Metrics metrics = measured.metrics(config.encoderVariance());
            ModelCard card = ModelCard.importedTorchScript(request.output().getFileName().toString(),
                    "a VAE imported from " + file.getFileName(),
                    config, new ModelCard.Dataset(request.datasetName(), 0, request.test().count(), request.classNames()),
                    metrics, Devices.describe(device), Instant.now().toString());
            progress.accept("saving " + request.output());
            ModelStore.save(request.output(), file, card, measured.map());
            return ModelStore.readCard(request.output());
        }
    }

    /** How the module is called, found on the first few test images. */
    static TorchScriptConfig probe(TorchScriptVae vae, Request request, int rows, int cols) throws IOException {
        int n = Math.min(PROBE_IMAGES, request.test().count());
        float[] images = slice(request.test(), 0, n);
        InputLayout layout = InputLayout.FLAT;
        TorchScriptVae.Encoding encoding;
        try {
            encoding = vae.encode(images, n, rows, cols, InputLayout.FLAT);
        } catch (TorchScriptVae.CallFailure flat) {
            layout = InputLayout.IMAGE;
            try {
                encoding = vae.encode(images, n, rows, cols, InputLayout.IMAGE);
            } catch (TorchScriptVae.CallFailure image) {
                throw new ModelFormatException(vae.file(), request.encoderMethod() + " takes neither N x " + rows * cols
                        + " nor N x 1 x " + rows + " x " + cols + " images; given " + n + " x " + rows * cols + " it said: "
                        + flat.reason());
            }
        }
        int latent = encoding.latentSize();
        float[] fromData = vae.decodeRaw(encoding.means(), n, latent, rows, cols);
        float[] prior = new float[n * latent];
        Random random = new Random(0);
        for (int i = 0; i < prior.length; i++) {
            prior[i] = (float) random.nextGaussian();
        }
        float[] fromPrior = vae.decodeRaw(prior, n, latent, rows, cols);
        requireFinite(vae, fromData, "the encodings of test images");
        requireFinite(vae, fromPrior, "points drawn from the prior");
        boolean logits = outsideUnit(fromData) || outsideUnit(fromPrior);
        return new TorchScriptConfig(TorchScriptConfig.FILE, request.encoderMethod(), request.decoderMethod(), layout,
                encoding.logVariances() != null, logits ? DecoderOutput.LOGITS : DecoderOutput.PROBABILITIES, rows, cols, latent);
    }

    /** The test set's figures and its latent map. */
    record Measured(LatentMap map, double reconstruction, double kl, double mse) {
        ModelCard.Metrics metrics(boolean variance) {
            Map<String, Double> extra = new TreeMap<>();
            extra.put("testMse", mse);
            return variance ? new ModelCard.Metrics(reconstruction + kl, reconstruction, kl, extra)
                    : new ModelCard.Metrics(null, reconstruction, null, extra);
        }
    }

    /**
     * Encodes the test set in chunks; decodes one sample of z per image (the mean when there is no variance) and sums
     * each image's binary cross-entropy and KL, in nats, as the figures of our own VAEs are.
     */
    static Measured measure(TorchScriptVae vae, TorchScriptConfig config, LabeledImages test) throws IOException {
        int count = test.count();
        int latent = config.latentSize();
        int pixels = config.imageSize();
        float[] means = new float[count * latent];
        double bce = 0;
        double kl = 0;
        double squared = 0;
        Random noise = new Random(0);
        for (int start = 0; start < count; start += CHUNK) {
            int n = Math.min(CHUNK, count - start);
            float[] images = slice(test, start, n);
            TorchScriptVae.Encoding encoding = vae.encode(images, n, config.imageRows(), config.imageCols(), config.input());
            if (encoding.latentSize() != latent) {
                throw new ModelFormatException(vae.file(), config.encoderMethod() + " gave " + encoding.latentSize()
                        + " latent values an image for some test images and " + latent + " for others");
            }
            System.arraycopy(encoding.means(), 0, means, start * latent, n * latent);
            float[] z = encoding.means().clone();
            float[] logVar = encoding.logVariances();
            if (logVar != null) {
                for (int i = 0; i < z.length; i++) {
                    z[i] += (float) (Math.exp(0.5 * logVar[i]) * noise.nextGaussian());
                    kl += -0.5 * (1 + logVar[i] - (double) encoding.means()[i] * encoding.means()[i] - Math.exp(logVar[i]));
                }
            }
            float[] out = vae.decodeRaw(z, n, latent, config.imageRows(), config.imageCols());
            requireFinite(vae, out, "test images");
            boolean logits = config.decoderOutput() == DecoderOutput.LOGITS;
            for (int i = 0; i < out.length; i++) {
                double target = images[i];
                double p;
                if (logits) {
                    double x = out[i];
                    bce += Math.max(x, 0) - x * target + Math.log1p(Math.exp(-Math.abs(x)));
                    p = 1 / (1 + Math.exp(-x));
                } else {
                    p = out[i];
                    bce -= target * Math.max(Math.log(p), LOG_FLOOR) + (1 - target) * Math.max(Math.log(1 - p), LOG_FLOOR);
                }
                squared += (p - target) * (p - target);
            }
        }
        if (!Double.isFinite(kl)) {
            throw new ModelFormatException(vae.file(), config.encoderMethod() + " gave log-variances whose KL is infinite");
        }
        LatentMap map = new LatentMap(means, test.labels().clone(), latent);
        return new Measured(map, bce / count, kl / count, squared / ((double) count * pixels));
    }

    private static float[] slice(LabeledImages set, int start, int n) {
        int pixels = set.images().imageSize();
        float[] images = new float[n * pixels];
        System.arraycopy(set.images().pixels(), start * pixels, images, 0, images.length);
        return images;
    }

    private static void requireFinite(TorchScriptVae vae, float[] decoded, String what) throws ModelFormatException {
        for (float v : decoded) {
            if (!Float.isFinite(v)) {
                throw new ModelFormatException(vae.file(), vae.decoderMethodName() + " returned NaN or infinite values for " + what);
            }
        }
    }

    private static boolean outsideUnit(float[] values) {
        for (float v : values) {
            if (v < 0 || v > 1) {
                return true;
            }
        }
        return false;
    }
}
