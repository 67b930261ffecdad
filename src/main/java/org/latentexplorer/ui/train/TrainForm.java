package org.latentexplorer.ui.train;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageFolder;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.ui.i18n.Texts;

/**
 * The Train view's choices: what to learn from (MNIST, Fashion-MNIST or a folder of your own pictures, whose report
 * shows below it), the latent size, the network, the epochs and the model's name, suggested free until you type one.
 */
final class TrainForm extends VBox {
    private final Texts texts = Texts.window();
    private final ToggleGroup source = new ToggleGroup();
    private final RadioButton mnist = radio(TrainText.SOURCE_MNIST, "train-mnist");
    private final RadioButton fashion = radio(TrainText.SOURCE_FASHION, "train-fashion");
    private final RadioButton ownPictures = radio(TrainText.SOURCE_OWN, "train-own");
    private final Button chooseFolder = new Button(texts.text(TrainText.CHOOSE_FOLDER));
    private final PictureFolder pictures;
    private final Spinner<Integer> latent = new Spinner<>(2, 64, 2);
    private final ChoiceBox<Architecture> architecture = new ChoiceBox<>();
    private final Spinner<Integer> epochs = new Spinner<>(1, 100, 3);
    private final TextField name = new TextField();
    private final ObjectProperty<Path> modelsFolder = new SimpleObjectProperty<>();
    private boolean suggesting;
    private boolean nameTyped;

    TrainForm(Path models, Supplier<Window> owner, PictureFolder pictures) {
        this.pictures = pictures;
        modelsFolder.set(models);
        getStyleClass().addAll("side-panel", "train-form");
        setSpacing(8);
        mnist.setSelected(true);
        chooseFolder.setId("train-choose-folder");
        chooseFolder.disableProperty().bind(ownPictures.selectedProperty().not());
        chooseFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(texts.text(TrainText.CHOOSE_FOLDER_TITLE));
            chooser.setInitialDirectory(Path.of(System.getProperty("user.home")).toFile());
            java.io.File chosen = chooser.showDialog(owner.get());
            if (chosen != null) {
                pictures.read(chosen.toPath());
            }
        });
        pictures.setOnRead(() -> suggestName());
        latent.setId("train-latent");
        latent.setEditable(true);
        wholeNumbersOnly(latent);
        epochs.setId("train-epochs");
        epochs.setEditable(true);
        wholeNumbersOnly(epochs);
        architecture.setId("train-arch");
        architecture.getItems().setAll(Architecture.values());
        architecture.setValue(Architecture.MLP);
        architecture.setConverter(new StringConverter<>() {
            @Override
            public String toString(Architecture a) {
                return texts.text(a == Architecture.CONV ? TrainText.ARCHITECTURE_CONV : TrainText.ARCHITECTURE_MLP);
            }

            @Override
            public Architecture fromString(String text) {
                return null;
            }
        });
        name.setId("train-name");
        name.textProperty().addListener((obs, old, now) -> nameTyped |= !suggesting);
        source.selectedToggleProperty().addListener(obs -> suggestName());
        latent.valueProperty().addListener(obs -> suggestName());
        modelsFolder.addListener(obs -> suggestName());
        getChildren().addAll(title(TrainText.LEARN_FROM), mnist, fashion, ownPictures, chooseFolder, pictures,
                title(TrainText.LATENT_SIZE), latent, hint(TrainText.LATENT_HINT),
                title(TrainText.NETWORK), architecture,
                title(TrainText.EPOCHS), epochs, hint(TrainText.EPOCHS_HINT),
                title(TrainText.SAVE_AS), name, hint(TrainText.SAVE_AS_HINT));
        suggestName();
    }

    /** The choices, or an {@link IllegalArgumentException} saying in one line what is missing. */
    TrainSettings settings() {
        latent.commitValue();
        epochs.commitValue();
        String problem = ModelNames.problem(name.getText().trim());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        ImageDataset dataset = ownPictures.isSelected() ? null : fashion.isSelected() ? ImageDataset.FASHION_MNIST : ImageDataset.MNIST;
        ImageFolder.Loaded folder = null;
        if (dataset == null) {
            folder = pictures.loaded();
            if (folder == null) {
                throw new IllegalArgumentException(texts.text(TrainText.NEED_FOLDER));
            }
        }
        return new TrainSettings(dataset, folder, architecture.getValue(), latent.getValue(), epochs.getValue(), name.getText().trim());
    }

    /** After a run: a fresh free name. */
    void runDone() {
        nameTyped = false;
        suggestName();
    }

    ObjectProperty<Path> modelsFolderProperty() {
        return modelsFolder;
    }

    /** Locks the choices while {@code running}. */
    void lockWhile(ObservableValue<Boolean> running) {
        disableProperty().bind(running);
    }

    private void suggestName() {
        if (nameTyped) {
            return; // a typed name stays, taken or not: Start asks before it replaces a model
        }
        String what = ownPictures.isSelected() ? (pictures.loaded() == null ? "pictures" : pictures.loaded().name())
                : fashion.isSelected() ? "fashion" : "mnist";
        suggesting = true;
        name.setText(ModelNames.free(modelsFolder.get(), "my-" + what + "-" + latent.getValue() + "d"));
        suggesting = false;
    }

    /**
     * Whole numbers typed into {@code spinner} are taken when entered, when the field loses the focus and on Start;
     * anything else puts the number in use back (the spinner's own converter would throw on the FX thread).
     */
    private static void wholeNumbersOnly(Spinner<Integer> spinner) {
        SpinnerValueFactory<Integer> numbers = spinner.getValueFactory();
        numbers.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.trim());
                } catch (NumberFormatException notANumber) {
                    spinner.getEditor().setText(toString(numbers.getValue()));
                    return numbers.getValue();
                }
            }
        });
    }

    private RadioButton radio(TrainText text, String id) {
        RadioButton button = new RadioButton(texts.text(text));
        button.setId(id);
        button.setToggleGroup(source);
        return button;
    }

    private Label title(TrainText text) {
        Label label = new Label(texts.text(text));
        label.getStyleClass().add("section-title");
        return label;
    }

    private Label hint(TrainText text) {
        Label label = new Label(texts.text(text));
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }
}
