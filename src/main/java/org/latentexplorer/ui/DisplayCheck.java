package org.latentexplorer.ui;

import java.util.Map;

/** Whether a window can be shown: an X11 or Wayland display, or JavaFX's Monocle platform (tests, embedded). */
public final class DisplayCheck {
    public static final String NO_DISPLAY_MESSAGE = "latent: no display (DISPLAY and WAYLAND_DISPLAY are unset), "
            + "so the explorer window cannot open; the headless commands work here: "
            + "sample, decode, interpolate, encode, train, corpus, compare, denoise, superres, ood, bench (see ./latent --help).";

    private DisplayCheck() {
    }

    public static boolean available() {
        return available(System.getenv(), System.getProperty("glass.platform"));
    }

    public static boolean available(Map<String, String> environment, String glassPlatform) {
        return isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"))
                || "Monocle".equalsIgnoreCase(glassPlatform);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
