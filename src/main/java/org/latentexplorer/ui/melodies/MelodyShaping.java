package org.latentexplorer.ui.melodies;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.latentexplorer.lab.MelodyAttribute;
import org.latentexplorer.latent.AttributeVectors;

/**
 * The attribute sliders: how many steps along each of the open model's attribute vectors the melody is
 * pushed. What plays is always the puck's point plus these steps, so a slider changes the looping melody
 * (from the next bar) wherever the puck is, and moving to a melody shown elsewhere keeps it exact.
 */
public final class MelodyShaping {
    public static final double MAX_STEPS = 2;
    private final ReadOnlyObjectWrapper<AttributeVectors> vectors = new ReadOnlyObjectWrapper<>(this, "vectors");
    private final Map<MelodyAttribute, DoubleProperty> steps = new EnumMap<>(MelodyAttribute.class);

    MelodyShaping(Runnable onChange) {
        for (MelodyAttribute attribute : MelodyAttribute.values()) {
            DoubleProperty step = new SimpleDoubleProperty(this, attribute.key(), 0);
            step.addListener((obs, old, now) -> {
                if (vectors.get() != null) {
                    onChange.run();
                }
            });
            steps.put(attribute, step);
        }
    }

    /** The new model's vectors (null when it has none): the sliders go back to zero. */
    void setVectors(AttributeVectors next) {
        vectors.set(null); // no re-decode per slider while they return to zero
        steps.values().forEach(step -> step.set(0));
        vectors.set(next);
    }

    /** The point that plays for the puck at {@code z}. */
    float[] apply(float[] z) {
        return isNeutral() ? z : vectors.get().shift(z, activeSteps(1));
    }

    /** The puck's point for a melody decoded at {@code shaped}: {@link #apply} undone. */
    float[] unapply(float[] shaped) {
        return isNeutral() ? shaped : vectors.get().shift(shaped, activeSteps(-1));
    }

    public boolean isNeutral() {
        return vectors.get() == null || activeSteps(1).isEmpty();
    }

    public void reset() {
        steps.values().forEach(step -> step.set(0));
    }

    public DoubleProperty stepProperty(MelodyAttribute attribute) {
        return steps.get(attribute);
    }

    public ReadOnlyObjectProperty<AttributeVectors> vectorsProperty() {
        return vectors.getReadOnlyProperty();
    }

    /** The sliders that are not at zero as the window names them, e.g. "Note density +1.0, Mean pitch -0.5"; empty when none is. */
    public String describe() {
        StringJoiner text = new StringJoiner(", ");
        activeSteps(1).forEach((attribute, step) -> text.add(label(attribute) + " " + MelodyNumbers.signed(step, 1)));
        return text.toString();
    }

    /** {@code attribute}'s name in the window's language (the command line's stays {@link MelodyAttribute#label()}). */
    static String label(MelodyAttribute attribute) {
        return switch (attribute) {
            case DENSITY -> MelodiesText.ATTRIBUTE_DENSITY.text();
            case MEAN_PITCH -> MelodiesText.ATTRIBUTE_PITCH.text();
            case PITCH_RANGE -> MelodiesText.ATTRIBUTE_RANGE.text();
            case STEPWISE -> MelodiesText.ATTRIBUTE_STEPWISE.text();
            case SYNCOPATION -> MelodiesText.ATTRIBUTE_SYNCOPATION.text();
        };
    }

    private Map<MelodyAttribute, Double> activeSteps(double sign) {
        Map<MelodyAttribute, Double> active = new EnumMap<>(MelodyAttribute.class);
        steps.forEach((attribute, step) -> {
            if (step.get() != 0) {
                active.put(attribute, sign * step.get());
            }
        });
        return active;
    }
}
