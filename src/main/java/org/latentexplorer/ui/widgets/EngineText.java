package org.latentexplorer.ui.widgets;

import java.util.Locale;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.ui.i18n.Texts;

/** The engine as the views' status bars and model summaries say it, in the window's language. */
public final class EngineText {
    private EngineText() {
    }

    /** "engine starting…", until the first model has opened. */
    public static String starting() {
        return Texts.window().text(CommonText.ENGINE_STARTING);
    }

    /** "PyTorch 2.5.1 (DJL 0.32.0) on CPU". */
    public static String of(ModelCard.Engine engine) {
        return Texts.window().format(CommonText.ENGINE_ON, engine.name() + " " + engine.version() + " (DJL " + engine.djlVersion() + ")",
                deviceName(engine.device()));
    }

    /** A device as people say it: "CPU", "GPU (CUDA 0)"; DJL writes "cpu()", "gpu(0)". */
    public static String deviceName(String device) {
        String d = device == null ? "" : device.strip().toLowerCase(Locale.ROOT);
        if (d.startsWith("cpu")) {
            return "CPU";
        }
        if (d.startsWith("gpu") || d.startsWith("cuda")) {
            String id = d.replaceAll("\\D", "");
            return "GPU (CUDA " + (id.isEmpty() ? "0" : id) + ")";
        }
        return device == null ? Texts.window().text(CommonText.UNKNOWN_DEVICE) : device;
    }
}
