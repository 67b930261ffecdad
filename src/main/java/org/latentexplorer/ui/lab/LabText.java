package org.latentexplorer.ui.lab;

import org.latentexplorer.ui.i18n.TextKey;
import org.latentexplorer.ui.i18n.Texts;

/** The Lab's words: keys {@code lab.*} of the window's bundles. */
public enum LabText implements TextKey {
    TAB_COMPARE, TAB_DENOISE, TAB_SUPERRES, TAB_DRAW, TAB_OOD,
    OPENING, OPEN_FAILED, FAILED, NOT_FOUND, PERCENT, YES, NO,
    SOURCE, PREVIOUS, NEXT, RANDOM, TEST_IMAGE,
    COMPARE_INTRO, COMPARE_HOLES, COMPARE_MEASURING, COMPARE_MAP_TITLE, MAP_VAE, MAP_AUTOENCODER, MAP_PCA,
    ROW_MSE, ROW_BCE, ROW_KNN, ROW_HOLES, ROW_UNUSED, COMPARE_VERDICTS, COMPARE_HOLES_EXPLAINED,
    NOISE, NOISE_GAUSSIAN, NOISE_SALT_AND_PEPPER, NOISE_SIGMA, NOISE_PIXELS, USE_DRAWING, CLEAR_DRAWING, OR_DRAW_ONE,
    CLEAN, NOISY_INPUT, DENOISED, PSNR, PSNR_NO_NOISE,
    LOW_RES_SIZE, LOW_RES_INPUT, BICUBIC, NETWORK, NETWORK_MODEL, ORIGINAL, PSNR_SSIM,
    DRAW_PROMPT, CLEAR, UNDO, DRAW_HINT, YOUR_DIGIT, AS_THE_MODEL_SEES_IT, RECONSTRUCTION, WHERE_IT_LANDS,
    DRAW_POINT, DRAW_Z, DRAW_Z_PICKED, DRAW_READS, DRAW_NEEDS_2D,
    MODEL, NEW_EXAMPLES, OOD_ERROR_TITLE, OOD_IN_TITLE, OOD_OUT_TITLE, OOD_SET_FIGURES, OOD_AUROC, OOD_TILE_MSE,
    HISTOGRAM_IN, HISTOGRAM_OUT, HISTOGRAM_AXIS;

    @Override
    public String prefix() {
        return "lab";
    }



    /** {@code fraction} as a percentage with exactly {@code digits} decimals, written the language's way ("12.5%", "12,5 %"). */
    static String percent(double fraction, int digits) {
        return PERCENT.format(fixed(100 * fraction, digits));
    }

    /**
     * {@code value} with exactly {@code digits} decimals, written the language's way ("0.0500", "0,0500"): the lab's
     * figures keep their trailing zeros so a column of them lines up and 0.9996 does not read as a perfect 1.
     */
    static String fixed(double value, int digits) {
        return Texts.window().fixed(value, digits);
    }
}
