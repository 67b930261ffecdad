package org.latentexplorer.ui.melodies;

import org.latentexplorer.data.Melody;

/** A melody and the latent point it was decoded from. */
public record Shown(float[] z, Melody melody) {
}
