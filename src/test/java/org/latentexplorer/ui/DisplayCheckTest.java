package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {

    @Test
    void noDisplayWithoutX11WaylandOrMonocle() {
        assertFalse(DisplayCheck.available(Map.of(), null));
        assertFalse(DisplayCheck.available(Map.of("DISPLAY", " "), "gtk"));
    }

    @Test
    void anyOfTheThreeIsEnough() {
        assertTrue(DisplayCheck.available(Map.of("DISPLAY", ":0"), null));
        assertTrue(DisplayCheck.available(Map.of("WAYLAND_DISPLAY", "wayland-0"), null));
        assertTrue(DisplayCheck.available(Map.of(), "Monocle"));
    }

    @Test
    void theMessageIsOneLineAndPointsToTheHeadlessCommands() {
        assertFalse(DisplayCheck.NO_DISPLAY_MESSAGE.contains("\n"));
        assertTrue(DisplayCheck.NO_DISPLAY_MESSAGE.contains("--help"));
        assertTrue(DisplayCheck.NO_DISPLAY_MESSAGE.contains("sample, decode, interpolate"));
    }
}
