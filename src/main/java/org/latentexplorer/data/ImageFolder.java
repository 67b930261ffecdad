package org.latentexplorer.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of your own pictures as training data: PNG, JPEG or GIF files of any size, made 28x28 grey by a {@link Fit}.
 * Each sub-folder is a class named after it (pictures in deeper folders belong to it too); when there are no
 * sub-folders, the pictures in the folder are one class named after the folder. Files that cannot be used are
 * skipped and named with the reason in the {@link ImageFolderReport}. Of each class, one picture in
 * {@code testEvery} (by file name, spread evenly, at least one of any class of two or more) is held out for testing.
 */
public final class ImageFolder {
    public static final int SIDE = ImageDataset.IMAGE_SIDE;
    /** Pictures larger than this a side are refused unread. */
    static final int MAX_SIDE = 20_000;
    /** Larger pictures are decoded at every 2nd (3rd, …) pixel: plenty for a 28x28 result. */
    private static final int DECODE_SIDE = 1024;

    /** Which way round the ink is: MNIST's is light on a dark ground; {@code AUTO} decides by each picture's border. */
    public enum Ink {
        AUTO, LIGHT, DARK;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Makes a picture (light ink on dark) the 28x28 image a model learns from; empty when there is nothing to see. */
    @FunctionalInterface
    public interface Fit {
        Optional<float[]> square(GreyPicture picture);
    }

    /** How to read a folder: the fit, the ink, and the held-out share (one picture in {@code testEvery}). */
    public record Settings(Fit fit, Ink ink, int testEvery) {
        public Settings {
            if (testEvery < 2) {
                throw new IllegalArgumentException("--test-every must be 2 or more for --images (one picture in N of each folder"
                        + " is held out for testing), got " + testEvery);
            }
        }
    }

    /** The pictures read, split, with the class names their labels index and the report. */
    public record Loaded(Path root, String name, List<String> classNames, LabeledImages train, LabeledImages test,
                         ImageFolderReport report) {
    }

    private record ClassPictures(String name, List<float[]> images, ImageFolderReport.Folder folder) {
    }

    private ImageFolder() {
    }

    public static Loaded load(Path root, Settings settings) throws IOException {
        InputFiles.requireFolder(root, "no such image folder");
        List<Path> entries = visibleEntries(root);
        List<Path> classFolders = entries.stream().filter(Files::isDirectory).toList();
        String rootName = root.toAbsolutePath().normalize().getFileName() == null ? "images"
                : root.toAbsolutePath().normalize().getFileName().toString();
        List<ClassPictures> classes = new ArrayList<>();
        List<ImageFolderReport.Folder> folders = new ArrayList<>();
        if (classFolders.isEmpty()) {
            ClassPictures only = readClass(root, rootName, entries, root, settings);
            classes.add(only);
            folders.add(only.folder());
        } else {
            List<ImageFolderReport.Skipped> loose = entries.stream().filter(p -> !Files.isDirectory(p))
                    .map(p -> new ImageFolderReport.Skipped(p.getFileName().toString(),
                            "lies beside the class folders; put it in one of them")).toList();
            if (!loose.isEmpty()) {
                folders.add(new ImageFolderReport.Folder(ImageFolderReport.TOP_FOLDER, 0, 0, 0, 0, loose));
            }
            for (Path folder : classFolders) {
                ClassPictures pictures = readClass(folder, folder.getFileName().toString(), filesUnder(folder), root, settings);
                classes.add(pictures);
                folders.add(pictures.folder());
            }
        }
        ImageFolderReport report = new ImageFolderReport(root, folders);
        List<ClassPictures> usable = classes.stream().filter(c -> !c.images().isEmpty()).toList();
        if (usable.isEmpty()) {
            int skipped = report.skipped().size();
            throw new IOException(root + ": no pictures to train on (" + skipped + (skipped == 1 ? " file" : " files") + " skipped"
                    + report.skipped().stream().findFirst().map(s -> "; " + s.file() + ": " + s.reason()).orElse("") + ")");
        }
        if (report.test() == 0) {
            throw new IOException(root + ": too few pictures (" + report.read() + " read): training needs at least 2 in a class"
                    + " folder, one of them held out for testing");
        }
        return split(root, rootName, usable, settings.testEvery(), report);
    }

    private static ClassPictures readClass(Path folder, String name, List<Path> files, Path root, Settings settings) {
        List<float[]> images = new ArrayList<>();
        List<ImageFolderReport.Skipped> skipped = new ArrayList<>();
        int inverted = 0;
        for (Path file : files) {
            String shown = root.relativize(file).toString();
            if (!Files.isRegularFile(file)) {
                skipped.add(new ImageFolderReport.Skipped(shown, "not a regular file"));
                continue;
            }
            try {
                GreyPicture picture = GreyPicture.read(file, MAX_SIDE, DECODE_SIDE);
                boolean invert = settings.ink() == Ink.DARK || settings.ink() == Ink.AUTO && picture.borderMean() > 0.5;
                Optional<float[]> image = settings.fit().square(invert ? picture.inverted() : picture);
                if (image.isEmpty()) {
                    skipped.add(new ImageFolderReport.Skipped(shown, "blank: no ink to centre"));
                    continue;
                }
                images.add(image.get());
                inverted += invert ? 1 : 0;
            } catch (IOException | RuntimeException e) {
                skipped.add(new ImageFolderReport.Skipped(shown, reason(file, e)));
            }
        }
        int test = testCount(images.size(), settings.testEvery());
        return new ClassPictures(name, images,
                new ImageFolderReport.Folder(name, images.size(), images.size() - test, test, inverted, skipped));
    }

    /** The message without the file name it starts with (the report names the file itself). */
    private static String reason(Path file, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String prefix = file + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** One in {@code testEvery}, rounded, and at least one of any class of two or more; never all of them. */
    static int testCount(int count, int testEvery) {
        return count < 2 ? 0 : Math.max(1, Math.round((float) count / testEvery));
    }

    private static Loaded split(Path root, String name, List<ClassPictures> classes, int testEvery, ImageFolderReport report) {
        List<List<float[]>> train = new ArrayList<>();
        List<List<float[]>> test = new ArrayList<>();
        for (ClassPictures pictures : classes) {
            int n = pictures.images().size();
            int held = testCount(n, testEvery);
            boolean[] isTest = new boolean[n];
            for (int k = 0; k < held; k++) {
                isTest[(int) ((k + 0.5) * n / held)] = true;
            }
            List<float[]> classTrain = new ArrayList<>();
            List<float[]> classTest = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                (isTest[i] ? classTest : classTrain).add(pictures.images().get(i));
            }
            train.add(classTrain);
            test.add(classTest);
        }
        List<String> names = classes.stream().map(ClassPictures::name).toList();
        return new Loaded(root, name, names, interleaved(train), interleaved(test), report);
    }

    /** The classes' images taken in turn, one of each class after another, so that the first N hold every class. */
    private static LabeledImages interleaved(List<List<float[]>> byClass) {
        int total = byClass.stream().mapToInt(List::size).sum();
        float[] pixels = new float[total * SIDE * SIDE];
        int[] labels = new int[total];
        int at = 0;
        for (int round = 0; at < total; round++) {
            for (int c = 0; c < byClass.size(); c++) {
                if (round < byClass.get(c).size()) {
                    System.arraycopy(byClass.get(c).get(round), 0, pixels, at * SIDE * SIDE, SIDE * SIDE);
                    labels[at++] = c;
                }
            }
        }
        return new LabeledImages(new ImageSet(pixels, total, SIDE, SIDE), labels);
    }

    private static List<Path> visibleEntries(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(ImageFolder::visible).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /** Every file under a class folder, deeper folders included, hidden ones (".DS_Store", ".git") left out. */
    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !p.equals(folder) && !Files.isDirectory(p) && hiddenFree(folder.relativize(p)))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean hiddenFree(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(Path entry) {
        return !entry.getFileName().toString().startsWith(".");
    }
}
