package org.latentexplorer.latent;

import java.util.ArrayList;
import java.util.List;

/**
 * A path across a pad, {@code x,y;x,y;…} in the pad's coordinates, and the points a recording of it shows: {@code perSegment}
 * evenly spaced from each point towards the next, then the last point.
 */
public record Journey(List<double[]> points) {
    /** More frames than this is an hour of GIF at 12 frames a second: a mistake, refused before anything is decoded. */
    public static final int MAX_FRAMES = 10_000;

    public Journey {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a journey needs at least 2 points, got " + points.size());
        }
        points = points.stream().map(double[]::clone).toList();
    }

    /** The path in {@code text}; the one-line message names {@code option}, the point and the bad value. */
    public static Journey parse(String option, String text) {
        String example = " (write x,y;x,y;…, e.g. \"-2,0;0,1.5;2,0\")";
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(option + " is empty: give at least 2 points" + example);
        }
        String[] parts = text.trim().split(";", -1);
        List<double[]> points = new ArrayList<>(parts.length);
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p].trim();
            String[] xy = part.split(",", -1);
            if (xy.length != 2) {
                throw new IllegalArgumentException(option + " '" + text + "': point " + (p + 1) + " ('" + part + "') is not two numbers x,y"
                        + example);
            }
            double[] point = new double[2];
            for (int i = 0; i < 2; i++) {
                try {
                    point[i] = Double.parseDouble(xy[i].trim());
                } catch (NumberFormatException e) {
                    point[i] = Double.NaN;
                }
                if (!Double.isFinite(point[i])) {
                    throw new IllegalArgumentException(option + " '" + text + "': point " + (p + 1) + " has '" + xy[i].trim()
                            + "', not a finite number" + example);
                }
            }
            points.add(point);
        }
        if (points.size() < 2) {
            throw new IllegalArgumentException(option + " '" + text + "' has 1 point; a journey needs at least 2" + example);
        }
        return new Journey(points);
    }

    /** How many frames {@link #frames(int)} gives. */
    public long frameCount(int perSegment) {
        return (long) perSegment * (points.size() - 1) + 1;
    }

    /** {@code perSegment} points from each point (included) towards the next (excluded), then the last point. */
    public List<double[]> frames(int perSegment) {
        if (perSegment < 1) {
            throw new IllegalArgumentException("a journey needs at least 1 frame per segment, got " + perSegment);
        }
        List<double[]> frames = new ArrayList<>();
        for (int s = 0; s + 1 < points.size(); s++) {
            double[] a = points.get(s);
            double[] b = points.get(s + 1);
            for (int f = 0; f < perSegment; f++) {
                double t = (double) f / perSegment;
                frames.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
            }
        }
        frames.add(points.get(points.size() - 1).clone());
        return frames;
    }
}
