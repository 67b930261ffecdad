package org.latentexplorer.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.data.MelodySource;
import org.latentexplorer.model.ModelCard;

/**
 * Trains the melody VAE on a MIDI corpus split by song, as a {@link MelodyTask} of the shared {@link EpochLoop}
 * (Adam, a metrics CSV, resumable checkpoints, an atomic save), with the corpus encodings saved beside it.
 */
public final class MelodyVaeTrainer {
    private final MelodyTrainingPlan plan;
    private final ProgressListener progress;
    private final FinalFigures finalFigures;

    public MelodyVaeTrainer(MelodyTrainingPlan plan, ProgressListener progress) {
        this(plan, progress, FinalFigures.NONE);
    }

    /** A trainer that adds {@code finalFigures} of the finished model to its card's metrics. */
    public MelodyVaeTrainer(MelodyTrainingPlan plan, ProgressListener progress, FinalFigures finalFigures) {
        this.plan = plan;
        this.progress = progress;
        this.finalFigures = finalFigures;
    }

    /** The melodies of a corpus, ready to train on. */
    public record Split(List<Melody> train, List<Melody> test, List<MelodyCorpus.Song> songs) {
    }

    public MelodyResult run() throws IOException {
        MelodyCorpus corpus = MelodyCorpus.load(plan.source(), plan.testEvery(), plan.trainHop());
        for (MelodyCorpus.FileReport report : corpus.reports()) {
            if (report.skipped()) {
                progress.message("warning: skipped " + report.problem());
            }
        }
        List<Melody> train = corpus.melodies(false);
        List<Melody> test = corpus.melodies(true);
        if (train.isEmpty() || test.isEmpty()) {
            throw new IOException(emptyCorpusMessage(corpus, train.size(), test.size()));
        }
        if (plan.trainLimit() > 0 && train.size() > plan.trainLimit()) {
            train = train.subList(0, plan.trainLimit());
        }
        progress.message(String.format(Locale.ROOT, "Corpus: %d training melodies from %d songs, %d test melodies from %d held-out songs",
                train.size(), corpus.songCount(false), test.size(), corpus.songCount(true)));
        return run(new Split(train, test, corpus.songs()));
    }

    private String emptyCorpusMessage(MelodyCorpus corpus, int train, int test) {
        long files = corpus.reports().size();
        long unreadable = corpus.reports().stream().filter(MelodyCorpus.FileReport::skipped).count();
        long excluded = corpus.reports().stream().filter(MelodyCorpus.FileReport::isExcluded).count();
        boolean folk = plan.source() instanceof MelodySource.Folk;
        String found = files == 0 ? (folk ? "no tunes" : "no MIDI files (.mid, .midi, .kar)")
                : files + (folk ? " tunes (" + unreadable + " unreadable, " + excluded + " not in a duple meter), "
                        : " MIDI files (" + unreadable + " unreadable), ") + corpus.songs().size() + " songs with usable melodies";
        return "nothing to train on in " + plan.source().describe() + ": found " + found + ", giving " + train + " training and "
                + test + " test melodies; training needs both (held-out songs are about one in " + plan.testEvery() + ")";
    }

    public MelodyResult run(Split split) throws IOException {
        if (split.test().isEmpty()) {
            throw new IllegalArgumentException("the test set holds no melodies; training needs held-out songs to measure");
        }
        EpochLoop.Outcome<MelodyEpochMetrics> outcome = new EpochLoop<>(plan.run(), progress, new MelodyTask(plan, split, finalFigures)).run();
        return new MelodyResult(plan.output(), outcome.card(), outcome.history());
    }

    /** What a finished run produced. */
    public record MelodyResult(Path model, ModelCard card, List<MelodyEpochMetrics> history) {
        public MelodyEpochMetrics last() {
            return history.get(history.size() - 1);
        }
    }
}
