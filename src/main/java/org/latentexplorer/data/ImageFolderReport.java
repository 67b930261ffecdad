package org.latentexplorer.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link ImageFolder} made of a folder of pictures, folder by folder: how many pictures it read, how many went to
 * training and to testing, how many it inverted, and each file it skipped with the reason.
 *
 * @param root    the folder given
 * @param folders one entry per class folder (or one for the pictures lying in the root), plus one named
 *                {@link #TOP_FOLDER} for files lying beside the class folders
 */
public record ImageFolderReport(Path root, List<Folder> folders) {
    /** The name under which files lying in the root beside the class folders are reported. */
    public static final String TOP_FOLDER = ".";

    /** A file left out, by its path inside the root, and why. */
    public record Skipped(String file, String reason) {
    }

    /** One folder's figures; {@code isClass} is false when nothing usable was in it (it names no class). */
    public record Folder(String name, int read, int train, int test, int inverted, List<Skipped> skipped) {
        public Folder {
            skipped = List.copyOf(skipped);
        }

        public boolean isClass() {
            return read > 0 && !TOP_FOLDER.equals(name);
        }
    }

    public ImageFolderReport {
        folders = List.copyOf(folders);
    }

    public int read() {
        return folders.stream().mapToInt(Folder::read).sum();
    }

    public int train() {
        return folders.stream().mapToInt(Folder::train).sum();
    }

    public int test() {
        return folders.stream().mapToInt(Folder::test).sum();
    }

    /** Every file skipped, in folder order. */
    public List<Skipped> skipped() {
        return folders.stream().flatMap(f -> f.skipped().stream()).toList();
    }

    public long classes() {
        return folders.stream().filter(Folder::isClass).count();
    }

    /** The report as the train command prints it: a headline, a line per folder, a line per skipped file. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "images in %s: %d read, %d skipped; %d %s, %d for training, %d for testing",
                root, read(), skipped().size(), classes(), classes() == 1 ? "class" : "classes", train(), test()));
        for (Folder folder : folders) {
            StringBuilder line = new StringBuilder("  ").append(TOP_FOLDER.equals(folder.name()) ? "(beside the class folders)"
                    : folder.name()).append(": ");
            line.append(folder.read()).append(" read");
            if (folder.read() > 0) {
                line.append(" (").append(folder.train()).append(" train, ").append(folder.test()).append(" test)");
            }
            if (folder.inverted() > 0) {
                line.append(", ").append(folder.inverted()).append(" inverted (dark on light)");
            }
            if (!folder.skipped().isEmpty()) {
                line.append(", ").append(folder.skipped().size()).append(" skipped");
            }
            if (folder.read() == 0 && !TOP_FOLDER.equals(folder.name())) {
                line.append(": no class");
            }
            lines.add(line.toString());
            for (Skipped skipped : folder.skipped()) {
                lines.add("    skipped " + skipped.file() + ": " + skipped.reason());
            }
        }
        return lines;
    }
}
