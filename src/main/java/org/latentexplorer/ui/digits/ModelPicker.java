package org.latentexplorer.ui.digits;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.ModelChoices;

/**
 * The models under the models folder (unusable ones listed with their problem) and "Open…" for any
 * model directory or a TorchScript file to import. Choosing one asks the session to open it; the box follows the
 * model actually open.
 */
public final class ModelPicker extends HBox {
    private final ExplorerSession session;
    private final java.util.function.Consumer<Path> opener;
    private final ComboBox<ModelCatalog.Entry> models = new ComboBox<>();
    private final TorchScriptImporter importer;
    private boolean following;

    public ModelPicker(ExplorerSession session, List<ModelCatalog.Entry> catalog) {
        this(session, catalog, session::open);
    }

    /** {@code opener} opens a chosen directory (the app sends melody models to the Melodies view). */
    public ModelPicker(ExplorerSession session, List<ModelCatalog.Entry> catalog, java.util.function.Consumer<Path> opener) {
        this.session = session;
        this.opener = opener;
        this.importer = new TorchScriptImporter(session, Platform::runLater, opener);
        getStyleClass().add("model-picker");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        models.setId("model-picker");
        models.getItems().setAll(catalog);
        models.setCellFactory(list -> new ModelChoices.EntryCell(ModelCard::imageLatentSize));
        models.setButtonCell(new ModelChoices.EntryCell(ModelCard::imageLatentSize));
        models.setPrefWidth(230);
        models.setTooltip(new Tooltip(Texts.window().format(DigitsText.MODELS_UNDER,
                ModelCatalog.defaultRoot().toAbsolutePath().normalize().toString())));
        models.valueProperty().addListener((obs, old, entry) -> chosen(entry));
        models.disableProperty().bind(session.openingProperty().or(importer.importingProperty()));
        MenuItem folder = new MenuItem(Texts.window().text(DigitsText.OPEN_FOLDER_ITEM));
        folder.setId("open-model-folder");
        folder.setOnAction(e -> chooseDirectory());
        MenuItem torchScript = new MenuItem(Texts.window().text(DigitsText.OPEN_TORCHSCRIPT_ITEM));
        torchScript.setId("import-torchscript");
        torchScript.setOnAction(e -> chooseTorchScript());
        MenuButton open = new MenuButton(Texts.window().text(DigitsText.OPEN), null, folder, torchScript);
        open.setId("open-model");
        open.setTooltip(new Tooltip(Texts.window().text(DigitsText.OPEN_TIP)));
        open.disableProperty().bind(session.openingProperty().or(importer.importingProperty()));
        Label label = new Label(Texts.window().text(DigitsText.MODEL));
        label.getStyleClass().add("toolbar-label");
        getChildren().addAll(label, models, open);
        session.exploration().spaceProperty().addListener((obs, old, space) -> follow(space));
    }

    private void chosen(ModelCatalog.Entry entry) {
        if (following || entry == null) {
            return;
        }
        LatentSpace current = session.exploration().space();
        if (current != null && ModelChoices.sameDirectory(current.directory(), entry.directory())) {
            return;
        }
        opener.accept(entry.directory());
    }

    private void chooseDirectory() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Texts.window().text(DigitsText.OPEN_FOLDER_TITLE));
        File root = ModelCatalog.defaultRoot().toFile();
        if (root.isDirectory()) {
            chooser.setInitialDirectory(root);
        }
        File chosen = chooser.showDialog(getScene().getWindow());
        if (chosen != null) {
            opener.accept(chosen.toPath());
        }
    }

    private void chooseTorchScript() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.window().text(DigitsText.IMPORT_TITLE));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("TorchScript (*.pt)", "*.pt"),
                new FileChooser.ExtensionFilter(Texts.window().text(DigitsText.ALL_FILES), "*"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            importTorchScript(chosen.toPath(), TorchScriptImporter.defaultFolder());
        }
    }

    /** Imports a TorchScript file into a new model folder under {@code folder} off the FX thread, then opens it. */
    public void importTorchScript(Path file, Path folder) {
        importer.importFile(file, folder);
    }

    /** Shows the open model (adding it when it came from elsewhere), or falls back after a failed open. */
    public void follow(LatentSpace space) {
        following = true;
        try {
            ModelChoices.showOpenModel(models, space == null ? null : new ModelCatalog.Entry(space.directory(), space.card(), null));
        } finally {
            following = false;
        }
    }
}
