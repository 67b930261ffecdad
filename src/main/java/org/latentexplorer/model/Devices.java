package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** Which engine and device the app runs on: the GPU when the engine sees one, else the CPU. */
public final class Devices {
    private Devices() {
    }

    public static Device preferred() {
        String forced = System.getProperty("latent.device", "");
        if (forced.equalsIgnoreCase("cpu")) {
            return Device.cpu();
        }
        return Engine.getInstance().getGpuCount() > 0 ? Device.gpu() : Device.cpu();
    }

    public static ModelCard.Engine describe(Device device) {
        Engine engine = Engine.getInstance();
        return new ModelCard.Engine(engine.getEngineName(), engine.getVersion(), device.toString(), Engine.getDjlVersion());
    }

    /** One line for logs and the status bar: "PyTorch 2.5.1 (DJL 0.32.0) on CPU" (or "on GPU (CUDA 0)"). */
    public static String summary(Device device) {
        ModelCard.Engine engine = describe(device);
        String where = device.isGpu() ? "GPU (CUDA " + device.getDeviceId() + ")" : "CPU";
        return engine.name() + " " + engine.version() + " (DJL " + engine.djlVersion() + ") on " + where;
    }

    /** What the engine's matrix product reaches on this machine, in GFLOP/s: 1024x1024 times 1024x1024, median of 9. */
    public static double matmulGigaflops() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.randomUniform(-1, 1, new Shape(1024, 1024));
            NDArray b = manager.randomUniform(-1, 1, new Shape(1024, 1024));
            double[] seconds = new double[9];
            float sink = 0;
            for (int i = -2; i < seconds.length; i++) {
                long start = System.nanoTime();
                try (NDArray product = a.matMul(b)) {
                    sink += product.getFloat(0, 0);
                }
                if (i >= 0) {
                    seconds[i] = (System.nanoTime() - start) / 1e9;
                }
            }
            java.util.Arrays.sort(seconds);
            return Float.isNaN(sink) ? 0 : 2.0 * 1024 * 1024 * 1024 / seconds[seconds.length / 2] / 1e9;
        }
    }
}
