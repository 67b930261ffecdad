package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.engine.Engine;

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
}
