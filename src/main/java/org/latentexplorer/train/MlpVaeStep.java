package org.latentexplorer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An MLP VAE's training step as one engine call: the TorchScript in {@code mlp_vae_step.py} gathers the batch from
 * the images, runs the forward pass and the loss ({@link org.latentexplorer.model.VaeLoss}'s) and returns every
 * parameter's gradient, written out by hand. DJL's forward and autograd take about eighty calls from Java for the same
 * work, accumulate each gradient into a buffer that must then be zeroed, and give the JIT far more Java to compile:
 * on two cores that compiling slowed the first epochs' kernels by a third.
 */
final class MlpVaeStep implements EpochLoop.FusedStep {
    private static final String SOURCE = "mlp_vae_step.py";
    private static final String CLASS_NAME = "MlpVaeStep";

    private final PtSymbolBlock module;
    private final IValue parameters;
    private final IValue images;
    private final IValue beta;
    private final int count;

    private MlpVaeStep(PtSymbolBlock module, List<Parameter> parameters, NDArray images, float beta) {
        this.module = module;
        this.parameters = IValue.listFrom(parameters.stream().map(p -> (PtNDArray) p.getArray()).toArray(PtNDArray[]::new));
        this.images = IValue.from((PtNDArray) images);
        this.beta = IValue.from((double) beta);
        this.count = parameters.size();
    }

    /**
     * The step for an MLP VAE whose parameters, in DJL's order, are each layer's weight and bias: the encoder's, the mean
     * and log-variance heads', the decoder's and the output layer's.
     *
     * @param images every training image, one row each, on the parameters' device
     */
    static MlpVaeStep open(List<Parameter> parameters, NDArray images, float beta) {
        checkLayers(parameters, images.getShape().get(1));
        try (InputStream archive = new ByteArrayInputStream(archive())) {
            PtSymbolBlock module = JniUtils.loadModule((PtNDManager) images.getManager(), archive, true, false);
            return new MlpVaeStep(module, parameters, images, beta);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the training step " + SOURCE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Result run(NDManager scope, int[] indices, NDArray noise) {
        long[] rows = Arrays.stream(indices).asLongStream().toArray();
        try (IValue index = IValue.from((PtNDArray) scope.create(rows));
             IValue epsilon = IValue.from((PtNDArray) noise);
             IValue result = IValueUtils.runMethod(module, "step", parameters, images, index, epsilon, beta)) {
            PtNDArray[] outputs = result.toTensorArray((PtNDManager) scope);
            return new Result(outputs[0].getFloat(), List.<NDArray>of(outputs).subList(1, count + 1));
        }
    }

    @Override
    public void close() {
        parameters.close();
        images.close();
        beta.close();
        module.close();
    }

    /** Weight and bias shapes that chain from the images' width through the layers back to it; anything else is a bug. */
    private static void checkLayers(List<Parameter> parameters, long pixels) {
        int n = (parameters.size() - 6) / 4;
        if (parameters.size() != 4 * n + 6 || n < 1) {
            throw new IllegalStateException("an MLP VAE has 4n + 6 parameters, not " + parameters.size());
        }
        long in = pixels;
        int p = 0;
        for (int i = 0; i < n; i++) {
            in = checkLayer(parameters, p, in);
            p += 2;
        }
        long latent = checkLayer(parameters, p, in);
        checkLayer(parameters, p + 2, in);
        in = latent;
        p += 4;
        for (int i = 0; i <= n; i++) {
            in = checkLayer(parameters, p, in);
            p += 2;
        }
        if (in != pixels) {
            throw new IllegalStateException("the decoder ends at " + in + " values, not the images' " + pixels);
        }
    }

    private static long checkLayer(List<Parameter> parameters, int at, long in) {
        Shape weight = parameters.get(at).getArray().getShape();
        Shape bias = parameters.get(at + 1).getArray().getShape();
        if (weight.dimension() != 2 || weight.get(1) != in || bias.dimension() != 1 || bias.get(0) != weight.get(0)) {
            throw new IllegalStateException("parameter " + parameters.get(at).getName() + " " + weight + " and "
                    + parameters.get(at + 1).getName() + " " + bias + " are no linear layer from " + in + " values");
        }
        return weight.get(0);
    }

    /** A TorchScript file as torch.jit.save writes one: the module's pickled state, its code, no tensors. */
    private static byte[] archive() throws IOException {
        byte[] code;
        try (InputStream source = MlpVaeStep.class.getResourceAsStream(SOURCE)) {
            if (source == null) {
                throw new IOException(SOURCE + " is missing from the application");
            }
            code = source.readAllBytes();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            store(zip, "step/data.pkl", moduleState());
            store(zip, "step/constants.pkl", new byte[] {(byte) 0x80, 2, ')', '.'});
            store(zip, "step/version", "3\n".getBytes(StandardCharsets.US_ASCII));
            store(zip, "step/code/__torch__.py", code);
        }
        return bytes.toByteArray();
    }

    /** Pickle protocol 2 of {@code __torch__.MlpVaeStep} with {@code training = True}. */
    private static byte[] moduleState() {
        ByteArrayOutputStream pickle = new ByteArrayOutputStream();
        pickle.writeBytes(new byte[] {(byte) 0x80, 2});
        pickle.writeBytes(("c__torch__\n" + CLASS_NAME + "\n").getBytes(StandardCharsets.US_ASCII));
        pickle.writeBytes(new byte[] {')', (byte) 0x81, '}'});
        byte[] name = "training".getBytes(StandardCharsets.US_ASCII);
        pickle.write('X');
        pickle.writeBytes(new byte[] {(byte) name.length, 0, 0, 0});
        pickle.writeBytes(name);
        pickle.writeBytes(new byte[] {(byte) 0x88, 's', 'b', '.'});
        return pickle.toByteArray();
    }

    /** Stored, not compressed, as torch.jit.save writes its entries. */
    private static void store(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
