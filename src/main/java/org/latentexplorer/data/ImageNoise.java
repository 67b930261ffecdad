package org.latentexplorer.data;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Corruption of images with pixels in [0, 1]: additive Gaussian noise of standard deviation {@code strength},
 * clamped to [0, 1], or salt and pepper, where a fraction {@code strength} of the pixels is set to 0 or 1 (half
 * each on average). The same generator state gives the same noise.
 */
public record ImageNoise(Kind kind, float strength) {
    public enum Kind {
        GAUSSIAN, SALT_AND_PEPPER
    }

    public ImageNoise {
        if (kind == null) {
            throw new IllegalArgumentException("noise kind is missing");
        }
        if (!(strength >= 0) || (kind == Kind.SALT_AND_PEPPER && strength > 1)) {
            throw new IllegalArgumentException(kind == Kind.GAUSSIAN
                    ? "noise sigma must not be negative, got " + strength
                    : "salt-and-pepper fraction must be in [0, 1], got " + strength);
        }
    }

    public static ImageNoise gaussian(float sigma) {
        return new ImageNoise(Kind.GAUSSIAN, sigma);
    }

    public static ImageNoise saltAndPepper(float fraction) {
        return new ImageNoise(Kind.SALT_AND_PEPPER, fraction);
    }

    /** A noisy copy of {@code pixels}. */
    public float[] apply(float[] pixels, RandomGenerator random) {
        float[] noisy = pixels.clone();
        applyInPlace(noisy, 0, noisy.length, random);
        return noisy;
    }

    /** A noisy copy of every image of {@code set}, drawn from a generator seeded with {@code seed}. */
    public ImageSet apply(ImageSet set, long seed) {
        return new ImageSet(apply(set.pixels(), new SplittableRandom(seed)), set.count(), set.rows(), set.cols());
    }

    /** Corrupts {@code pixels[from, from + length)} where they are. */
    public void applyInPlace(float[] pixels, int from, int length, RandomGenerator random) {
        int end = from + length;
        if (kind == Kind.GAUSSIAN) {
            for (int i = from; i < end; i++) {
                pixels[i] = Math.min(1f, Math.max(0f, pixels[i] + strength * (float) random.nextGaussian()));
            }
        } else {
            for (int i = from; i < end; i++) {
                if (random.nextFloat() < strength) {
                    pixels[i] = random.nextBoolean() ? 1f : 0f;
                }
            }
        }
    }

    public String describe() {
        return kind == Kind.GAUSSIAN ? "Gaussian sigma " + strength : "salt and pepper " + strength;
    }

    /**
     * The noise a denoiser trains on: each batch draws the kind (Gaussian or salt and pepper, even odds)
     * and then its strength uniformly from that kind's range.
     */
    public record Range(float minSigma, float maxSigma, float minFraction, float maxFraction) {
        public Range {
            if (!(minSigma >= 0 && minSigma <= maxSigma)) {
                throw new IllegalArgumentException("noise sigma range must satisfy 0 <= min <= max, got " + minSigma + ".." + maxSigma);
            }
            if (!(minFraction >= 0 && minFraction <= maxFraction && maxFraction <= 1)) {
                throw new IllegalArgumentException("salt-and-pepper range must satisfy 0 <= min <= max <= 1, got "
                        + minFraction + ".." + maxFraction);
            }
        }

        public ImageNoise draw(RandomGenerator random) {
            boolean gaussian = random.nextBoolean();
            float min = gaussian ? minSigma : minFraction;
            float max = gaussian ? maxSigma : maxFraction;
            float strength = min + (max - min) * random.nextFloat();
            return new ImageNoise(gaussian ? Kind.GAUSSIAN : Kind.SALT_AND_PEPPER, strength);
        }
    }
}
