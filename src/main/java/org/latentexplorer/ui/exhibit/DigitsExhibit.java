package org.latentexplorer.ui.exhibit;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.ui.digits.DigitView;
import org.latentexplorer.ui.digits.ExplorerSession;
import org.latentexplorer.ui.digits.LatentPad;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.ClassLegend;
import org.latentexplorer.ui.widgets.Viewport;

/** The Digits view of the exhibit: the Digits view's pad, legend and decoded digit on its own session, big, with nothing that opens a file. */
final class DigitsExhibit implements ExhibitPage {
    /** Bigger dots than the explorer's: seen from a step back. */
    private static final double DOT_SIZE = 3.5;

    private final ExplorerSession session = new ExplorerSession(Platform::runLater);
    private final Texts texts;
    private final LatentPad pad;
    private final DigitView digit;
    private final Region node;
    private StackPane padLayer;

    DigitsExhibit(Path model, Texts texts) {
        this.texts = texts;
        pad = new LatentPad(session);
        pad.setDotSize(DOT_SIZE);
        TouchPad.attach(pad, pad::latentAt, this::movePuck, session.viewportProperty());
        digit = new DigitView(session);
        digit.lookupAll(".digit-caption").forEach(caption -> {
            caption.setVisible(false); // "z = (…)": the exhibit says it in words below
            caption.setManaged(false);
        });
        node = layout();
        session.setOnOpenFailed((directory, problem) -> System.err.println("latent: exhibit: cannot open " + directory + ": " + problem));
        session.open(model);
    }

    private Region layout() {
        VBox.setVgrow(pad, Priority.ALWAYS);
        padLayer = new StackPane(pad, ExhibitShell.loadingNotice(texts, session.exploration().spaceProperty().isNull(),
                session.openingProperty()));
        VBox.setVgrow(padLayer, Priority.ALWAYS);
        VBox padColumn = new VBox(10, padLayer, new ClassLegend(session.exploration().spaceProperty()));
        padColumn.getStyleClass().add("exhibit-pad-column");
        HBox.setHgrow(padColumn, Priority.ALWAYS);

        Label draws = new Label(texts.text(ExhibitText.DIGITS_DRAWS));
        draws.getStyleClass().add("exhibit-side-title");
        Label numbers = new Label();
        numbers.setId("exhibit-numbers");
        numbers.getStyleClass().add("exhibit-numbers");
        numbers.setWrapText(true);
        numbers.textProperty().bind(Bindings.createStringBinding(this::numbersText, session.exploration().pointProperty()));
        VBox side = new VBox(16, draws, digit, numbers);
        side.getStyleClass().add("exhibit-side");
        side.setAlignment(Pos.TOP_CENTER);
        HBox page = new HBox(24, padColumn, side);
        page.getStyleClass().add("exhibit-page");
        page.setId("exhibit-digits");
        return page;
    }

    /** "This digit is made from just two numbers: 1.25 and -0.5" for a 2-D model; nothing for a bigger one. */
    private String numbersText() {
        float[] z = session.exploration().pointProperty().get();
        if (z == null || z.length != 2) {
            return "";
        }
        return texts.format(ExhibitText.DIGITS_NUMBERS, texts.plainNumber(z[0], 2), texts.plainNumber(z[1], 2));
    }

    @Override
    public ExhibitView view() {
        return ExhibitView.DIGITS;
    }

    @Override
    public Region node() {
        return node;
    }

    @Override
    public StackPane padLayer() {
        return padLayer;
    }

    @Override
    public String hint() {
        return texts.text(ExhibitText.DIGITS_HINT);
    }

    @Override
    public List<String> captions() {
        LatentSpace space = session.exploration().space();
        return ExhibitPage.captions(texts, ExhibitText.DIGITS_CAPTIONS, ExhibitText.CAPTION_DIGITS_LEARNED, space == null ? null : space.card().dataset());
    }

    @Override
    public List<double[]> tourStops() {
        return session.exploration().isOpen() ? TourStops.classMedians(session.scatterProperty().get()) : List.of();
    }

    @Override
    public ObjectProperty<Viewport> viewportProperty() {
        return session.viewportProperty();
    }

    @Override
    public double[] puck() {
        return session.exploration().isOpen() ? session.exploration().puck() : new double[] {0, 0};
    }

    @Override
    public void movePuck(double u, double v) {
        if (session.exploration().isOpen()) {
            session.exploration().moveOnPlane(u, v);
        }
    }

    @Override
    public void surprise() {
        session.sample();
    }

    @Override
    public void wholeMap() {
        session.resetView();
    }

    @Override
    public void tourStarted() {
        // the digit follows the puck: nothing else to start
    }

    @Override
    public void tourStopped() {
        // nothing was started
    }

    @Override
    public void reset() {
        if (session.exploration().isOpen()) {
            session.resetView();
            Viewport view = session.viewportProperty().get();
            movePuck(view.centerU(), view.centerV());
        }
    }

    @Override
    public void close() {
        session.close();
    }

    // ---- for tests

    ExplorerSession session() {
        return session;
    }

    Node pad() {
        return pad;
    }
}
