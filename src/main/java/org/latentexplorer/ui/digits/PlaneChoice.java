package org.latentexplorer.ui.digits;

import org.latentexplorer.latent.LatentPlane;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.ui.i18n.Texts;

/** Which 2-D slice of the latent space the pad shows. */
public sealed interface PlaneChoice {

    /** The plane through {@code z} with this choice's axes. */
    LatentPlane through(float[] z, LatentSpace space);

    /** Names of the pad's horizontal and vertical axes. */
    String[] axisNames();

    /** The leading principal directions of the model's test encodings. */
    record Principal() implements PlaneChoice {
        @Override
        public LatentPlane through(float[] z, LatentSpace space) {
            return space.defaultPlane().through(z);
        }

        @Override
        public String[] axisNames() {
            Texts texts = Texts.window();
            return new String[] {texts.format(DigitsText.AXIS_PRINCIPAL, 1), texts.format(DigitsText.AXIS_PRINCIPAL, 2)};
        }
    }

    /** Two latent dimensions (0-based), the others held at the current point's values. */
    record Dimensions(int first, int second) implements PlaneChoice {
        @Override
        public LatentPlane through(float[] z, LatentSpace space) {
            return LatentPlane.ofDimensions(z, first, second);
        }

        @Override
        public String[] axisNames() {
            return new String[] {"z" + (first + 1), "z" + (second + 1)};
        }
    }

    /** What a freshly opened model starts with: its own axes when 2-D, else the principal plane if it has a map. */
    static PlaneChoice defaultFor(LatentSpace space) {
        boolean principal = space.latentSize() > 2 && space.latentMap().isPresent();
        return principal ? new Principal() : new Dimensions(0, 1);
    }
}
