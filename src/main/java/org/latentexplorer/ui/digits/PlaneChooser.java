package org.latentexplorer.ui.digits;

import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.ui.i18n.Texts;

/**
 * For models with more than two latent dimensions: which plane the pad shows, the leading principal
 * directions of the latent map or any two dimensions. Hidden for 2-D models.
 */
public final class PlaneChooser extends VBox {
    private final ExplorerSession session;
    private final ToggleGroup mode = new ToggleGroup();
    private final RadioButton principal = new RadioButton(Texts.window().text(DigitsText.PLANE_PRINCIPAL));
    private final RadioButton dimensions = new RadioButton(Texts.window().text(DigitsText.PLANE_DIMENSIONS));
    private final ChoiceBox<Integer> across = new ChoiceBox<>();
    private final ChoiceBox<Integer> up = new ChoiceBox<>();
    private boolean following;

    public PlaneChooser(ExplorerSession session) {
        this.session = session;
        getStyleClass().add("plane-chooser");
        principal.setToggleGroup(mode);
        dimensions.setToggleGroup(mode);
        principal.setId("plane-principal");
        dimensions.setId("plane-dimensions");
        across.setId("plane-across");
        up.setId("plane-up");
        StringConverter<Integer> dimensionName = new StringConverter<>() {
            @Override
            public String toString(Integer d) {
                return d == null ? "" : "z" + (d + 1);
            }

            @Override
            public Integer fromString(String text) {
                return Integer.parseInt(text.substring(1)) - 1;
            }
        };
        across.setConverter(dimensionName);
        up.setConverter(dimensionName);
        across.disableProperty().bind(dimensions.selectedProperty().not());
        up.disableProperty().bind(dimensions.selectedProperty().not());
        Label title = new Label(Texts.window().text(DigitsText.PAD_PLANE));
        title.getStyleClass().add("section-title");
        HBox pair = new HBox(6, new Label(Texts.window().text(DigitsText.ACROSS)), across, new Label(Texts.window().text(DigitsText.UP)), up);
        pair.getStyleClass().add("plane-pair");
        getChildren().addAll(title, principal, dimensions, pair);

        managedProperty().bind(visibleProperty());
        session.exploration().spaceProperty().addListener((obs, old, space) -> rebuild(space));
        session.exploration().planeChoiceProperty().addListener((obs, old, choice) -> follow(choice));
        mode.selectedToggleProperty().addListener((obs, old, now) -> choose());
        across.valueProperty().addListener((obs, old, now) -> choose());
        up.valueProperty().addListener((obs, old, now) -> choose());
        setVisible(false);
    }

    private void rebuild(LatentSpace space) {
        boolean planar = space != null && space.latentSize() > 2;
        setVisible(planar);
        if (!planar) {
            return;
        }
        following = true;
        try {
            var all = FXCollections.observableArrayList(IntStream.range(0, space.latentSize()).boxed().toList());
            across.setItems(all);
            up.setItems(FXCollections.observableArrayList(all));
            principal.setDisable(space.latentMap().isEmpty());
        } finally {
            following = false;
        }
        follow(session.exploration().planeChoiceProperty().get());
    }

    private void follow(PlaneChoice choice) {
        following = true;
        try {
            if (choice instanceof PlaneChoice.Dimensions pair) {
                mode.selectToggle(dimensions);
                across.setValue(pair.first());
                up.setValue(pair.second());
            } else if (choice instanceof PlaneChoice.Principal) {
                mode.selectToggle(principal);
                if (across.getValue() == null) {
                    across.setValue(0);
                    up.setValue(1);
                }
            }
        } finally {
            following = false;
        }
    }

    private void choose() {
        if (following || !session.exploration().isOpen()) {
            return;
        }
        if (mode.getSelectedToggle() == principal) {
            session.choosePlane(new PlaneChoice.Principal());
        } else if (mode.getSelectedToggle() == dimensions && across.getValue() != null && up.getValue() != null) {
            if (across.getValue().equals(up.getValue())) {
                session.messageProperty().set(Texts.window().text(DigitsText.PICK_TWO));
                return;
            }
            session.choosePlane(new PlaneChoice.Dimensions(across.getValue(), up.getValue()));
        }
    }
}
