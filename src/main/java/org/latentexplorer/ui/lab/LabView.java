package org.latentexplorer.ui.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;

/**
 * The autoencoder lab: one tab per lesson. A page opens its models the first time its tab is shown.
 */
public final class LabView extends BorderPane {
    private final ToolBar toolbar = new ToolBar();
    private final TabPane tabs = new TabPane();
    private final List<LabPage<?>> pages = new ArrayList<>();
    private final ComparePage compare;
    private final DenoisePage denoise;
    private final SuperResPage superRes;
    private final DrawPage draw;
    private final OodPage ood;

    public LabView(Executor fxThread) {
        getStyleClass().addAll("explorer", "lab-view");
        getStylesheets().add(java.util.Objects.requireNonNull(LabView.class.getResource("lab.css")).toExternalForm());
        compare = add(LabText.TAB_COMPARE, "lab-compare-tab", new ComparePage(fxThread));
        denoise = add(LabText.TAB_DENOISE, "lab-denoise-tab", new DenoisePage(fxThread));
        superRes = add(LabText.TAB_SUPERRES, "lab-superres-tab", new SuperResPage(fxThread));
        draw = add(LabText.TAB_DRAW, "lab-draw-tab", new DrawPage(fxThread));
        ood = add(LabText.TAB_OOD, "lab-ood-tab", new OodPage(fxThread));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (isVisible() && getScene() != null) {
                pages.get(index.intValue()).open();
            }
        });
        setTop(toolbar);
        setCenter(tabs);
    }

    private <P extends LabPage<?>> P add(LabText title, String id, P page) {
        Tab tab = new Tab(title.text(), page);
        tab.setId(id);
        tabs.getTabs().add(tab);
        pages.add(page);
        return page;
    }

    /** Opens the models of the page on show; called when the lab becomes visible. */
    public void shown() {
        pages.get(tabs.getSelectionModel().getSelectedIndex()).open();
    }

    public ToolBar toolbar() {
        return toolbar;
    }

    public TabPane tabs() {
        return tabs;
    }

    ComparePage compare() {
        return compare;
    }

    DenoisePage denoise() {
        return denoise;
    }

    SuperResPage superRes() {
        return superRes;
    }

    DrawPage draw() {
        return draw;
    }

    OodPage ood() {
        return ood;
    }

    public void close() {
        pages.forEach(LabPage::close);
    }
}
