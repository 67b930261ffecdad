package org.latentexplorer.ui.lab;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.latent.DigitReader;
import org.latentexplorer.latent.ImageMap;
import org.latentexplorer.latent.ImageMaps;
import org.latentexplorer.latent.LatestWinsDecoder.Lane;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.lessons.LessonImages;
import org.latentexplorer.lessons.MapComparison;
import org.latentexplorer.ui.widgets.ClassLegend;
import org.latentexplorer.ui.widgets.GrayImage;
import org.latentexplorer.ui.widgets.Scatter;
import org.latentexplorer.ui.widgets.Viewport;

/**
 * AE vs VAE vs PCA: the three 2-D maps of the MNIST test set side by side, each with a puck that decodes
 * live, and under each the lesson's figures (reconstruction error, k-NN accuracy, holes), which can be
 * shaded on the maps.
 */
final class ComparePage extends LabPage<ComparePage.Models> {
    private static final int SCALE = 4;

    /** The three maps, the classifier that judges their decodes, MNIST, and the test codes of each map. */
    record Models(List<ImageMap> maps, DigitReader judge, LabeledImages train, LabeledImages test, List<float[]> testCodes)
            implements AutoCloseable {
        @Override
        public void close() {
            maps.forEach(ImageMap::close);
            judge.close();
        }
    }

    private final List<MapPad> pads = new ArrayList<>();
    private final List<ImageView> decoded = new ArrayList<>();
    private final List<Label> titles = new ArrayList<>();
    private final List<Label> figureLabels = new ArrayList<>();
    private final CheckBox showHoles = new CheckBox(LabText.COMPARE_HOLES.text());
    private final Label summary = new Label();
    private List<MapComparison.Figures> figures;
    private List<float[]> shownDigits;
    private final List<double[]> decodedPucks = new ArrayList<>(java.util.Collections.nCopies(MapComparison.SHIPPED.size(), (double[]) null));

    ComparePage(Executor fxThread) {
        super("compare", fxThread);
        setId("compare-page");
        HBox columns = new HBox(18);
        for (int m = 0; m < MapComparison.SHIPPED.size(); m++) {
            MapPad pad = new MapPad();
            pad.setId("compare-map-" + m);
            pad.setOnMove((u, v) -> decodePucks());
            VBox.setVgrow(pad, Priority.ALWAYS);
            pad.maxHeightProperty().bind(pad.widthProperty()); // square: the figures stay right under the map
            ImageView digit = DrawPage.digitView("compare-digit-" + m);
            digit.setFitWidth(28 * SCALE);
            digit.setFitHeight(28 * SCALE);
            Label title = title(MapComparison.SHIPPED.get(m));
            Label numbers = new Label();
            numbers.getStyleClass().add("lab-figures");
            numbers.setId("compare-figures-" + m);
            HBox under = new HBox(12, DrawPage.frame(digit), numbers);
            VBox column = new VBox(8, title, pad, under);
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.getChildren().add(column);
            pads.add(pad);
            decoded.add(digit);
            titles.add(title);
            figureLabels.add(numbers);
        }
        showHoles.setId("compare-holes");
        showHoles.selectedProperty().addListener((obs, old, on) -> shadeHoles());
        summary.setId("compare-summary");
        summary.getStyleClass().add("lab-figures");
        summary.setWrapText(true);
        // all its wrapped lines, so the page scrolls rather than cutting the lesson's conclusion
        javafx.beans.InvalidationListener keepAllLines = obs -> summary.setMinHeight(summary.prefHeight(summary.getWidth()));
        summary.widthProperty().addListener(keepAllLines);
        summary.textProperty().addListener(keepAllLines);
        HBox bar = new HBox(16, new Label(LabText.COMPARE_INTRO.text()), showHoles);
        bar.getStyleClass().add("lab-bar");
        setTop(bar);
        VBox content = new VBox(10, columns, new ClassLegend(ImageDataset.MNIST.classNames()), summary);
        VBox.setVgrow(columns, Priority.ALWAYS);
        content.getStyleClass().add("lab-content");
        setContent(content);
    }

    @Override
    Models load() throws IOException {
        LabeledImages train = LessonImages.labeled(ImageDataset.MNIST, ImageDataset.Split.TRAIN);
        LabeledImages test = LessonImages.labeled(ImageDataset.MNIST, ImageDataset.Split.TEST);
        List<ImageMap> maps = new ArrayList<>();
        DigitReader judge = null;
        try {
            for (String name : MapComparison.SHIPPED) {
                maps.add(ImageMaps.open(ModelCatalog.defaultRoot().resolve(name)));
            }
            judge = DigitReader.open(ModelCatalog.defaultRoot().resolve(DigitReader.SHIPPED));
            List<float[]> codes = new ArrayList<>();
            for (ImageMap map : maps) {
                codes.add(MapComparison.encodeAll(map, test.images().pixels(), test.count()));
            }
            return new Models(List.copyOf(maps), judge, train, test, codes);
        } catch (IOException | RuntimeException e) {
            maps.forEach(ImageMap::close);
            if (judge != null) {
                judge.close();
            }
            throw e;
        }
    }

    @Override
    void shown(Models models) {
        for (int m = 0; m < pads.size(); m++) {
            ImageMap map = models.maps().get(m);
            titles.get(m).setText(LabText.COMPARE_MAP_TITLE.format(mapTitle(map), map.modelName()));
            float[] codes = models.testCodes().get(m);
            double[] us = new double[models.test().count()];
            double[] vs = new double[us.length];
            for (int i = 0; i < us.length; i++) {
                us[i] = codes[2 * i];
                vs[i] = codes[2 * i + 1];
            }
            Scatter scatter = new Scatter(us, vs, models.test().labels().clone());
            pads.get(m).showScatter(scatter);
            Viewport view = pads.get(m).viewportProperty().get();
            pads.get(m).puckProperty().set(new double[] {view.centerU(), view.centerV()});
        }
        decodePucks();
        say(LabText.COMPARE_MEASURING.text());
        run(Lane.GRID, m -> {
            List<MapComparison.Figures> rows = new ArrayList<>();
            for (ImageMap map : m.maps()) {
                rows.add(MapComparison.measure(map, m.train(), m.test(), m.judge(), MapComparison.Settings.DEFAULT));
            }
            return rows;
        }, this::showFigures);
    }

    /** Decodes the maps whose puck moved since their digit was last decoded; a drag moves one puck at a time. */
    private void decodePucks() {
        List<double[]> pucks = pads.stream().map(p -> p.puckProperty().get()).toList();
        List<double[]> alreadyDecoded = new ArrayList<>(decodedPucks);
        run(Lane.POINT, m -> {
            List<float[]> digits = new ArrayList<>();
            for (int i = 0; i < pucks.size(); i++) {
                double[] uv = pucks.get(i);
                boolean moved = uv != null && !java.util.Arrays.equals(uv, alreadyDecoded.get(i));
                digits.add(moved ? m.maps().get(i).decode(new float[] {(float) uv[0], (float) uv[1]}, 1) : null);
            }
            return new Decodes(pucks, digits);
        }, this::showDigits);
    }

    /** The pucks a job saw and the digits it decoded for them; null where a map's puck had not moved. */
    private record Decodes(List<double[]> pucks, List<float[]> digits) {
    }

    private void showDigits(Decodes decodes) {
        List<float[]> merged = new ArrayList<>(shownDigits == null ? java.util.Collections.nCopies(pads.size(), null) : shownDigits);
        for (int i = 0; i < decodes.digits().size(); i++) {
            float[] digit = decodes.digits().get(i);
            if (digit != null) {
                merged.set(i, digit);
                decodedPucks.set(i, decodes.pucks().get(i));
                decoded.get(i).setImage(new GrayImage(28, 28, digit).toFxImage(SCALE));
            }
        }
        shownDigits = merged;
    }

    private void showFigures(List<MapComparison.Figures> rows) {
        figures = rows;
        say("");
        for (int m = 0; m < rows.size(); m++) {
            MapComparison.Figures f = rows.get(m);
            figureLabels.get(m).setText(table(
                    LabText.ROW_MSE.text(), LabText.fixed(f.mse(), 4),
                    LabText.ROW_BCE.text(), LabText.fixed(f.bce(), 1),
                    LabText.ROW_KNN.format(MapComparison.Settings.DEFAULT.neighbours()), LabText.percent(f.knnAccuracy(), 1),
                    LabText.ROW_HOLES.text(), LabText.percent(f.holeFraction(), 1),
                    LabText.ROW_UNUSED.text(), LabText.percent(f.unusedFraction(), 1)));
        }
        MapComparison.Figures vae = rows.get(0);
        MapComparison.Figures ae = rows.get(1);
        MapComparison.Verdicts verdicts = MapComparison.verdicts(vae, ae, rows.get(2));
        MapComparison.Settings settings = MapComparison.Settings.DEFAULT;
        summary.setText(LabText.COMPARE_VERDICTS.format(yesNo(verdicts.autoencodersBeatPca()),
                yesNo(verdicts.vaeHasFewerHoles()), LabText.percent(vae.holeFraction(), 1), LabText.percent(ae.holeFraction(), 1),
                yesNo(verdicts.vaeLeavesLessUnused()), LabText.percent(vae.unusedFraction(), 1), LabText.percent(ae.unusedFraction(), 1))
                + "\n" + LabText.COMPARE_HOLES_EXPLAINED.format(settings.grid(), resource().judge().modelName(),
                LabText.percent(resource().judge().testAccuracy(), 2), LabText.percent(settings.confidence(), 0)));
        shadeHoles();
    }

    /** The map's kind in the window's language ("Autoencoder" is the core's English word). */
    private static String mapTitle(ImageMap map) {
        return switch (map.modelName()) {
            case MapComparison.VAE -> LabText.MAP_VAE.text();
            case MapComparison.AUTOENCODER -> LabText.MAP_AUTOENCODER.text();
            case MapComparison.PCA -> LabText.MAP_PCA.text();
            default -> map.title();
        };
    }

    private static String yesNo(boolean yes) {
        return (yes ? LabText.YES : LabText.NO).text();
    }

    /** Rows of a name and a value, the values lined up (the figures are set in a monospaced font). */
    static String table(String... namesAndValues) {
        int width = 0;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            width = Math.max(width, namesAndValues[i].length());
        }
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            rows.append(i == 0 ? "" : "\n").append(namesAndValues[i]).append(" ".repeat(width + 2 - namesAndValues[i].length()))
                    .append(namesAndValues[i + 1]);
        }
        return rows.toString();
    }

    private void shadeHoles() {
        for (int m = 0; m < pads.size(); m++) {
            MapComparison.Figures f = figures == null ? null : figures.get(m);
            pads.get(m).shadingProperty().set(f == null || !showHoles.isSelected() ? null
                    : new MapPad.Shading(f.box().minU(), f.box().maxU(), f.box().minV(), f.box().maxV(), f.holes(), f.grid()));
        }
    }

    List<MapPad> pads() {
        return pads;
    }

    /** The digits decoded at the three pucks, in map order; null before the first. */
    List<float[]> shownDigits() {
        return shownDigits;
    }

    List<MapComparison.Figures> figures() {
        return figures;
    }
}
