package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.latentexplorer.model.TorchScriptConfig.DecoderOutput;
import org.latentexplorer.model.TorchScriptConfig.InputLayout;

/**
 * A VAE trained elsewhere, run from its TorchScript file on DJL's PyTorch engine: its encoder and decoder are two
 * named methods of the module. Every call runs in a scope of its own; no NDArray leaves. A module that returns
 * something else than the shapes the card records fails with one line naming the file and what came back.
 */
public final class TorchScriptVae implements ImageCodec {
    /** The last line of a TorchScript error: "RuntimeError: mat1 and mat2 shapes cannot be multiplied (...)". */
    private static final Pattern PYTHON_ERROR = Pattern.compile("^[\\w.]*(?:Error|Exception): (.+)$");
    /** A method of the module failed on the input it was given (a shape it cannot take); the message is one line. */
    public static final class CallFailure extends IOException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        CallFailure(String message, String reason) {
            super(message);
            this.reason = reason;
        }

        /** What the engine said, without the file and method. */
        public String reason() {
            return reason;
        }
    }

    /** What the encoder gave for a batch: the means, and the log-variances when it has a variance head (else null). */
    public record Encoding(float[] means, float[] logVariances, int latentSize) {
    }

    private final Path file;
    private final Model model;
    private final PtSymbolBlock module;
    private final String encoderMethod;
    private final String decoderMethod;
    private TorchScriptConfig config;

    private TorchScriptVae(Path file, Model model, String encoderMethod, String decoderMethod) {
        this.file = file;
        this.model = model;
        this.module = (PtSymbolBlock) model.getBlock();
        this.encoderMethod = encoderMethod;
        this.decoderMethod = decoderMethod;
    }

    /**
     * Loads a TorchScript file and checks that it has both methods; the import then finds out how to call them
     * ({@link #encode}, {@link #decodeRaw}).
     */
    public static TorchScriptVae open(Path file, String encoderMethod, String decoderMethod, Device device) throws IOException {
        ModelStore.requireModelFile(file, "no such TorchScript file");
        NativeMemory.keepFreedTensorMemory();
        Model model = Model.newInstance("imported", device, "PyTorch");
        try {
            model.load(file, null, Map.of("mapLocation", "true"));
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new ModelFormatException(file, "is not a TorchScript file (torch.jit.script(model).save(...) writes one;"
                    + " a state_dict or a model saved with torch.save is not): " + reason(e));
        }
        if (!(model.getBlock() instanceof PtSymbolBlock)) {
            model.close();
            throw new ModelFormatException(file, "is not a TorchScript module");
        }
        TorchScriptVae vae = new TorchScriptVae(file, model, encoderMethod, decoderMethod);
        try {
            List<String> methods = Arrays.asList(JniUtils.getMethodNames(vae.module));
            vae.requireMethod(methods, encoderMethod, "--encoder-method");
            vae.requireMethod(methods, decoderMethod, "--decoder-method");
        } catch (ModelFormatException e) {
            vae.close();
            throw e;
        }
        return vae;
    }

    /** An imported model as its card describes it, with a one-point check that its decoder still gives such images. */
    static TorchScriptVae load(Path directory, TorchScriptConfig config, Device device) throws IOException {
        TorchScriptVae vae = open(directory.resolve(config.file()), config.encoderMethod(), config.decoderMethod(), device);
        try {
            vae.decodeRaw(new float[config.latentSize()], 1, config.latentSize(), config.imageRows(), config.imageCols());
        } catch (IOException | RuntimeException e) {
            vae.close();
            throw e;
        }
        vae.config = config;
        return vae;
    }

    private void requireMethod(List<String> methods, String name, String option) throws ModelFormatException {
        if (!methods.contains(name)) {
            throw new ModelFormatException(file, "has no method '" + name + "' (its methods: "
                    + String.join(", ", methods.stream().sorted().toList()) + "); name the right one with " + option
                    + " (the export must keep it: @torch.jit.export, see export_torchscript.py)");
        }
    }

    public Path file() {
        return file;
    }

    public String decoderMethodName() {
        return decoderMethod;
    }

    public TorchScriptConfig config() {
        return config;
    }

    /**
     * Runs the encoder on {@code count} images of {@code rows x cols} laid out one after another, given to it as
     * {@code layout} says; fails, naming the file, when it returns anything but one or two N x z tensors.
     */
    public synchronized Encoding encode(float[] images, int count, int rows, int cols, InputLayout layout) throws IOException {
        Shape shape = layout == InputLayout.FLAT ? new Shape(count, (long) rows * cols) : new Shape(count, 1, rows, cols);
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDList out = run(scope, encoderMethod, scope.create(images, shape));
            if (out.size() != 1 && out.size() != 2) {
                throw new ModelFormatException(file, encoderMethod + " returned " + out.size() + " tensors for " + count
                        + " images; expected the mean, or the mean and the log-variance");
            }
            Shape means = out.get(0).getShape();
            if (means.dimension() != 2 || means.get(0) != count || means.get(1) < 1 || means.get(1) > 4096) {
                throw new ModelFormatException(file, encoderMethod + " returned a mean of shape " + shapeText(means) + " for "
                        + count + " images; expected " + count + " x z (z from 1 to 4096)");
            }
            if (out.size() == 2 && !out.get(1).getShape().equals(means)) {
                throw new ModelFormatException(file, encoderMethod + " returned a log-variance of shape "
                        + shapeText(out.get(1).getShape()) + " beside a mean of shape " + shapeText(means) + "; they must match");
            }
            float[] mean = floats(out.get(0));
            requireFinite(mean, encoderMethod + " returned NaN or infinite means for test images");
            float[] logVariance = out.size() == 2 ? floats(out.get(1)) : null;
            if (logVariance != null) {
                requireFinite(logVariance, encoderMethod + " returned NaN or infinite log-variances for test images");
            }
            return new Encoding(mean, logVariance, (int) means.get(1));
        }
    }

    /**
     * Runs the decoder on {@code count} points of {@code latentSize}; returns its numbers as they are (probabilities or
     * logits), one image after another; fails, naming the file, unless it gives one {@code rows x cols} image a point.
     */
    public synchronized float[] decodeRaw(float[] z, int count, int latentSize, int rows, int cols) throws IOException {
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDList out = run(scope, decoderMethod, scope.create(z, new Shape(count, latentSize)));
            Shape shape = out.size() == 1 ? out.get(0).getShape() : null;
            boolean fits = shape != null && shape.get(0) == count && shape.size() == (long) count * rows * cols
                    && (shape.dimension() == 2 || shape.dimension() == 3 && shape.get(1) == rows
                    || shape.dimension() == 4 && shape.get(1) == 1 && shape.get(2) == rows);
            if (!fits) {
                throw new ModelFormatException(file, decoderMethod + " returned " + (shape == null ? out.size() + " tensors"
                        : "shape " + shapeText(shape)) + " for " + count + " points of " + latentSize + "; expected " + count
                        + " x " + rows * cols + " or " + count + " x 1 x " + rows + " x " + cols + " images");
            }
            return floats(out.get(0));
        }
    }

    @Override
    public int latentSize() {
        return config.latentSize();
    }

    @Override
    public float[] decode(float[] z, int count) {
        try {
            float[] out = decodeRaw(z, count, config.latentSize(), config.imageRows(), config.imageCols());
            if (config.decoderOutput() == DecoderOutput.LOGITS) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = (float) (1 / (1 + Math.exp(-out[i])));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public float[] encodeMeans(float[] images, int count) {
        try {
            return encode(images, count, config.imageRows(), config.imageCols(), config.input()).means();
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public Device device() {
        return model.getNDManager().getDevice();
    }

    /** Calls one method of the module on one tensor; the module's own error (a shape it cannot take) is one line. */
    private NDList run(NDManager scope, String method, NDArray input) throws IOException {
        // TorchScript's profiling executor re-optimizes a graph on its first calls and after new shapes, turning some
        // single decodes of a drag into milliseconds; the flag is per thread, so it is set on the calling one
        JniUtils.setGraphExecutorOptimize(false);
        try (IValue in = IValue.from((PtNDArray) input); IValue out = IValueUtils.runMethod(module, method, in)) {
            NDList result = out.toNDList((PtNDManager) scope);
            for (int i = 0; i < result.size(); i++) {
                if (result.get(i).getDataType() != DataType.FLOAT32) {
                    result.set(i, result.get(i).toType(DataType.FLOAT32, false));
                }
            }
            return result;
        } catch (EngineException e) {
            String reason = reason(e);
            throw new CallFailure(file + ": " + method + " failed on input of shape " + shapeText(input.getShape()) + ": " + reason,
                    reason);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new ModelFormatException(file, method + " returned something other than tensors (" + reason(e) + ")");
        }
    }

    private float[] floats(NDArray array) {
        return array.toDevice(Device.cpu(), false).toFloatArray();
    }

    private void requireFinite(float[] values, String problem) throws ModelFormatException {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new ModelFormatException(file, problem);
            }
        }
    }

    static String shapeText(Shape shape) {
        return Arrays.stream(shape.getShape()).mapToObj(Long::toString).reduce((a, b) -> a + " x " + b).orElse("a scalar");
    }

    /**
     * The engine's reason in one line: TorchScript puts its tracebacks first and the Python error last
     * ("RuntimeError: mat1 and mat2 shapes cannot be multiplied (8x784 and 2x64)"); other messages keep their first line.
     */
    static String reason(Throwable e) {
        String message = ParameterLoader.rootMessage(e).strip();
        String[] lines = message.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            Matcher error = PYTHON_ERROR.matcher(lines[i].strip());
            if (error.matches()) {
                return error.group(1);
            }
        }
        return lines[0].strip();
    }

    @Override
    public void close() {
        model.close();
    }
}
