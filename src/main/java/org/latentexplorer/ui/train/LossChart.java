package org.latentexplorer.ui.train;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.latentexplorer.ui.i18n.Texts;

/**
 * The loss as the model learns, against epochs: the running loss of the epoch under way (as the {@code train} command's
 * progress bar shows it) and, after each epoch, the training and test −ELBO. Lower is better.
 */
final class LossChart extends LineChart<Number, Number> {
    private final XYChart.Series<Number, Number> running = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> train = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> test = new XYChart.Series<>();
    /** The running loss keeps at most this many points a run, and this many an epoch: a long run stays light to draw. */
    private static final int RUNNING_POINTS = 300;
    private static final int RUNNING_POINTS_PER_EPOCH = 60;
    private double firstEpochTrain = Double.NaN;
    private double runningStep;
    private double lastRunningX;

    LossChart() {
        super(new NumberAxis(), new NumberAxis());
        setId("train-chart");
        getStyleClass().add("train-chart");
        setAnimated(false);
        setCreateSymbols(true);
        Texts texts = Texts.window();
        getXAxis().setLabel(texts.text(TrainText.CHART_EPOCHS));
        getYAxis().setLabel(texts.text(TrainText.CHART_LOSS));
        ((NumberAxis) getXAxis()).setTickLabelFormatter(ticks(texts));
        ((NumberAxis) getYAxis()).setTickLabelFormatter(ticks(texts));
        setTitle(texts.text(TrainText.CHART_TITLE));
        setLegendSide(javafx.geometry.Side.RIGHT);
        running.setName(texts.text(TrainText.SERIES_RUNNING));
        train.setName(texts.text(TrainText.SERIES_TRAIN));
        test.setName(texts.text(TrainText.SERIES_TEST));
        getData().add(running);
        getData().add(train);
        getData().add(test);
        clear(1);
    }

    /** Tick labels as the window's language writes numbers ("2.5", "2,5"); the axis's own follow the system's language. */
    private static StringConverter<Number> ticks(Texts texts) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return texts.plainNumber(value.doubleValue(), 2);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("tick labels are only shown");
            }
        };
    }

    /** Empties the chart for a run of {@code epochs}. */
    void clear(int epochs) {
        running.getData().clear();
        train.getData().clear();
        test.getData().clear();
        firstEpochTrain = Double.NaN;
        runningStep = Math.max(1.0 / RUNNING_POINTS_PER_EPOCH, (double) epochs / RUNNING_POINTS);
        lastRunningX = Double.NEGATIVE_INFINITY;
        NumberAxis x = (NumberAxis) getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(epochs);
        x.setTickUnit(epochs <= 10 ? 1 : Math.ceil(epochs / 10.0));
        ((NumberAxis) getYAxis()).setForceZeroInRange(false);
        getYAxis().setAutoRanging(true);
    }

    /** The running loss at {@code batch} of {@code batches} in {@code epoch} (from 1). */
    void running(int epoch, int batch, int batches, double loss) {
        double x = epoch - 1 + (double) batch / batches;
        if (x - lastRunningX < runningStep) {
            return;
        }
        lastRunningX = x;
        if (Double.isNaN(firstEpochTrain) || loss <= 2 * firstEpochTrain) {
            // the first batches of an untrained network lose several times what it soon does; they would flatten the rest
            running.getData().add(new XYChart.Data<>(x, loss));
        }
    }

    void epoch(int epoch, double trainLoss, double testLoss) {
        if (Double.isNaN(firstEpochTrain)) {
            firstEpochTrain = trainLoss;
            running.getData().removeIf(p -> p.getYValue().doubleValue() > 2 * trainLoss);
        }
        train.getData().add(new XYChart.Data<>(epoch, trainLoss));
        test.getData().add(new XYChart.Data<>(epoch, testLoss));
    }

    XYChart.Series<Number, Number> runningSeries() {
        return running;
    }

    XYChart.Series<Number, Number> trainSeries() {
        return train;
    }

    XYChart.Series<Number, Number> testSeries() {
        return test;
    }
}
