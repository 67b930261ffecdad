package org.latentexplorer.ui.digits;

import java.util.Random;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.latentexplorer.latent.LatentPlane;
import org.latentexplorer.latent.LatentSpace;

/**
 * What the explorer is looking at: the open model, the current latent point, the plane the pad shows
 * (always through the point) and the two interpolation pins. Arrays held here are never changed in
 * place; every move sets a new one. FX thread only.
 */
public final class Exploration {
    private final ReadOnlyObjectWrapper<LatentSpace> space = new ReadOnlyObjectWrapper<>(this, "space");
    private final ReadOnlyObjectWrapper<float[]> point = new ReadOnlyObjectWrapper<>(this, "point");
    private final ReadOnlyObjectWrapper<PlaneChoice> planeChoice = new ReadOnlyObjectWrapper<>(this, "planeChoice");
    private final ReadOnlyObjectWrapper<LatentPlane> plane = new ReadOnlyObjectWrapper<>(this, "plane");
    private final ObjectProperty<float[]> pinA = new SimpleObjectProperty<>(this, "pinA");
    private final ObjectProperty<float[]> pinB = new SimpleObjectProperty<>(this, "pinB");
    private final Random random = new Random();

    /** Starts exploring a newly opened model at the centre of its default plane. */
    public void open(LatentSpace newSpace) {
        // Point and plane change size with the model: the views let go of the old model first and
        // see the new one only once point, plane and choice all belong to it.
        space.set(null);
        pinA.set(null);
        pinB.set(null);
        PlaneChoice choice = PlaneChoice.defaultFor(newSpace);
        float[] start = newSpace.defaultPlane().toLatent(0, 0);
        plane.set(choice.through(start, newSpace));
        planeChoice.set(choice);
        point.set(start);
        space.set(newSpace);
    }

    public boolean isOpen() {
        return space.get() != null;
    }

    /** Moves to {@code (u, v)} on the current plane. */
    public void moveOnPlane(double u, double v) {
        point.set(plane.get().toLatent(u, v));
    }

    /** Moves anywhere in latent space; the plane follows so that it passes through the new point. */
    public void moveTo(float[] z) {
        float[] copy = z.clone();
        plane.set(plane.get().through(copy));
        point.set(copy);
    }

    public void setCoordinate(int dimension, double value) {
        float[] z = point.get().clone();
        z[dimension] = (float) value;
        moveTo(z);
    }

    public void sample() {
        moveTo(space.get().samplePrior(random));
    }

    public void choosePlane(PlaneChoice choice) {
        plane.set(choice.through(point.get(), space.get()));
        planeChoice.set(choice);
    }

    /** The point's {@code (u, v)} on the pad's plane. */
    public double[] puck() {
        return plane.get().project(point.get());
    }

    public ReadOnlyObjectProperty<LatentSpace> spaceProperty() {
        return space.getReadOnlyProperty();
    }

    public LatentSpace space() {
        return space.get();
    }

    public ReadOnlyObjectProperty<float[]> pointProperty() {
        return point.getReadOnlyProperty();
    }

    public float[] point() {
        return point.get().clone();
    }

    public ReadOnlyObjectProperty<LatentPlane> planeProperty() {
        return plane.getReadOnlyProperty();
    }

    public LatentPlane plane() {
        return plane.get();
    }

    public ReadOnlyObjectProperty<PlaneChoice> planeChoiceProperty() {
        return planeChoice.getReadOnlyProperty();
    }

    public ObjectProperty<float[]> pinAProperty() {
        return pinA;
    }

    public ObjectProperty<float[]> pinBProperty() {
        return pinB;
    }
}
