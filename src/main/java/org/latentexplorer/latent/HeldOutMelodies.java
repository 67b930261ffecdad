package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.data.MelodySource;
import org.latentexplorer.model.ModelCard;

/**
 * The held-out melodies of a melody model, rebuilt the way its card says it was trained: the one place that knows
 * which corpora a card can name and how their test splits are drawn: a {@link MelodySource} as the card's dataset names it
 * (the folk tunes or MIDI folders), split by song one in {@code testEvery}, training windows every
 * {@code trainHop} sixteenths (the card's training settings {@code testEvery} and {@code trainHop}; older cards have
 * them only in their command, else the train command's defaults).
 */
public final class HeldOutMelodies {
    /** The train command's defaults. */
    public static final int DEFAULT_TEST_EVERY = 10;
    public static final int DEFAULT_TRAIN_HOP = Melody.STEPS_PER_BAR;

    /** Where a model's corpus is and how it was split. */
    public record Source(MelodySource corpus, int testEvery, int trainHop) {
        public String describe() {
            return corpus.describe() + ", one song in " + testEvery + " held out";
        }
    }

    /** The test side of the split: its melodies and how many songs they come from. */
    public record HeldOut(Source source, List<Melody> melodies, long songs) {
        public HeldOut {
            melodies = List.copyOf(melodies);
        }

        public String describe() {
            return melodies.size() + " held-out melodies from " + songs + " songs of " + source.describe();
        }
    }

    private HeldOutMelodies() {
    }

    /**
     * The corpus {@code card} was trained on, with {@code folders} (when not empty) in place of the card's folders;
     * the exception names what the card lacks and the option that supplies it.
     */
    public static Source source(ModelCard card, List<Path> folders) throws IOException {
        String name = card.dataset() == null ? null : card.dataset().name();
        MelodySource corpus = folders == null || folders.isEmpty() ? MelodySource.parse(name) : new MelodySource.Midi(folders);
        if (corpus == null) {
            throw new IOException("the model's card does not say where its corpus is (dataset \"" + name
                    + "\"); give its MIDI folders with --midi");
        }
        return new Source(corpus, setting(card, ModelCard.Training.TEST_EVERY, "--test-every", DEFAULT_TEST_EVERY),
                setting(card, ModelCard.Training.TRAIN_HOP, "--hop", DEFAULT_TRAIN_HOP));
    }

    /** The held-out melodies of {@code source}; a folder or file that is not there is named, with the option to give it. */
    public static HeldOut load(Source source) throws IOException {
        return loadSides(source).heldOut();
    }

    /** Both sides of the split: the held-out melodies and the training windows (before any transposition). */
    public record Sides(HeldOut heldOut, List<Melody> training) {
        public Sides {
            training = List.copyOf(training);
        }
    }

    /** As {@link #load}, with the training windows too (read in the same pass over the corpus). */
    public static Sides loadSides(Source source) throws IOException {
        List<Path> roots = source.corpus() instanceof MelodySource.Midi midi ? midi.sources()
                : List.of(((MelodySource.Folk) source.corpus()).root());
        for (Path path : roots) {
            if (Files.notExists(path)) {
                throw new NoSuchFileException(path.toString(), null, source.corpus() instanceof MelodySource.Folk
                        ? "no such folder: the folk-tune corpus is not set up here; run ./latent setup"
                        : "no such file or folder: the model's held-out corpus is not here; give its MIDI folders with --midi");
            }
        }
        MelodyCorpus corpus = MelodyCorpus.load(source.corpus(), source.testEvery(), source.trainHop());
        List<Melody> test = corpus.melodies(true);
        if (test.size() < 2) {
            throw new IOException("the corpus " + source.corpus().describe() + " holds " + test.size() + " held-out melodies (one song in "
                    + source.testEvery() + " is held out); the evaluation needs at least 2: give the model's corpus with --midi");
        }
        return new Sides(new HeldOut(source, test, corpus.songCount(true)), corpus.melodies(false));
    }

    /** A split setting from the card's training settings, else from the command it records, else the default. */
    private static int setting(ModelCard card, String key, String option, int fallback) {
        ModelCard.Training training = card.training();
        if (training == null) {
            return fallback;
        }
        Map<String, Double> settings = training.settings();
        if (settings != null && settings.get(key) != null && settings.get(key) >= 1) {
            return (int) Math.round(settings.get(key));
        }
        if (training.command() != null) {
            Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(option) + "[ =](\\d+)(?:\\s|;|$)").matcher(training.command());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return fallback;
    }
}
