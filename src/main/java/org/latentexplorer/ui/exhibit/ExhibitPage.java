package org.latentexplorer.ui.exhibit;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.Viewport;

/** One view of the exhibit as the shell drives it: its page, its words, its puck and pad, and the tour's hooks. */
interface ExhibitPage extends AutoCloseable {

    ExhibitView view();

    Region node();

    /** The layer over the pad, where the shell puts what it has to say over the map (the tour's badge). */
    StackPane padLayer();

    /** What the caption bar says while a visitor explores. */
    String hint();

    /** What the tour's caption bar says in turn, in the exhibit's language. */
    List<String> captions();

    /** Where a tour over this page stops, on the pad; empty while the model is not open. */
    List<double[]> tourStops();

    ObjectProperty<Viewport> viewportProperty();

    /** The puck's {@code (u, v)} on the pad. */
    double[] puck();

    void movePuck(double u, double v);

    /** A random point of the model ("Surprise me!"). */
    void surprise();

    /** The whole map in view again. */
    void wholeMap();

    /** The tour runs over this page from now (melodies start playing where there is sound). */
    void tourStarted();

    /** The tour left this page (what it started playing stops). */
    void tourStopped();

    /** As a new visitor should find it: the whole map, the puck in the middle, nothing playing. */
    void reset();

    @Override
    void close();

    /** The {@code captions} in {@code texts}, {@code learned} with the training set's size, or left out while it is not known. */
    static List<String> captions(Texts texts, List<ExhibitText> captions, ExhibitText learned, ModelCard.Dataset dataset) {
        List<String> shown = new ArrayList<>();
        for (ExhibitText caption : captions) {
            if (caption != learned) {
                shown.add(texts.text(caption));
            } else if (dataset != null && dataset.trainImages() > 0) {
                shown.add(texts.format(caption, dataset.trainImages()));
            }
        }
        return shown;
    }
}
