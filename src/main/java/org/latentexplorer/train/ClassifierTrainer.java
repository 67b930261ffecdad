package org.latentexplorer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.ClassifierLoss;
import org.latentexplorer.model.Devices;
import org.latentexplorer.model.DigitClassifier;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelStore;

/** Trains a digit classifier in the shared {@link EpochLoop} on softmax cross-entropy; reports test accuracy each epoch. */
public final class ClassifierTrainer {
    private static final int EVALUATION_BATCH = 500;

    private final ClassifierPlan plan;
    private final ProgressListener progress;

    public ClassifierTrainer(ClassifierPlan plan, ProgressListener progress) {
        this.plan = plan;
        this.progress = progress;
    }

    public TrainedModel run() throws IOException {
        ImageSource.Split split = plan.source().load();
        return run(split.train(), split.test());
    }

    public TrainedModel run(LabeledImages train, LabeledImages test) throws IOException {
        if (train.images().imageSize() != plan.config().imageSize()) {
            throw new IllegalArgumentException("images are " + train.images().rows() + "x" + train.images().cols()
                    + " but the " + plan.config().describe() + " takes " + plan.config().imageRows() + "x" + plan.config().imageCols());
        }
        EpochLoop.Outcome<EpochFigures> outcome = new EpochLoop<>(plan.run(), progress, new ClassifierTask(train, test)).run();
        return new TrainedModel(plan.run().output(), outcome.card(), outcome.history());
    }

    private final class ClassifierTask extends FiguresTask<DigitClassifier> {
        ClassifierTask(LabeledImages train, LabeledImages test) {
            super(plan.run(), plan.source(), train, test);
        }

        @Override
        List<String> figureNames() {
            return List.of("testAccuracy", "testCrossEntropy");
        }

        @Override
        public DigitClassifier create(Device device) {
            return DigitClassifier.create(plan.config(), device);
        }

        @Override
        public EpochLoop.Resumed<DigitClassifier> resume(Path checkpoint, Device device) throws IOException {
            ModelStore.LoadedModel<DigitClassifier> loaded = ModelStore.loadClassifier(checkpoint, device);
            return EpochLoop.matching(checkpoint, loaded.model(), loaded.card(), loaded.card().classifier(), plan.config(),
                    loaded.card().classifier().describe(), plan.config().describe());
        }

        @Override
        public Loss loss() {
            return new ClassifierLoss();
        }

        @Override
        public EpochLoop.Batch batch(NDManager scope, int[] indices, RandomGenerator random) {
            int pixels = train.images().imageSize();
            int classes = plan.config().classes();
            int[] labels = Arrays.stream(indices).map(i -> train.labels()[i]).toArray();
            return new EpochLoop.Batch(
                    new NDList(scope.create(EpochLoop.rows(train.images().pixels(), pixels, indices), new Shape(indices.length, pixels))),
                    new NDList(scope.create(DigitClassifier.oneHot(labels, classes), new Shape(indices.length, classes))));
        }

        @Override
        public EpochFigures evaluate(DigitClassifier classifier, int epoch, double trainLoss, double seconds) {
            DigitClassifier.Evaluation evaluation = classifier.evaluate(test, EVALUATION_BATCH);
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("testAccuracy", evaluation.accuracy());
            figures.put("testCrossEntropy", evaluation.crossEntropy());
            return new EpochFigures(epoch, trainLoss, figures, seconds);
        }

        @Override
        public ModelCard card(DigitClassifier classifier, int epochsDone, List<EpochFigures> history) {
            return ModelCard.classifier(run.name(), source.name() + " " + plan.config().describe(), plan.config(), dataset(),
                    training(epochsDone, history, null), metrics(history), Devices.describe(classifier.device()),
                    Instant.now().toString());
        }

        @Override
        public void saveCheckpoint(Path directory, DigitClassifier classifier, ModelCard card) throws IOException {
            ModelStore.save(directory, classifier, card, null, staged -> { });
        }

        @Override
        public void saveFinal(Path directory, DigitClassifier classifier, ModelCard card, ModelStore.BeforeCommit beforeCommit)
                throws IOException {
            ModelStore.save(directory, classifier, card, null, beforeCommit);
        }
    }
}
