package org.latentexplorer.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts right what a killed save leaves beside a model: a {@code .NAME.previous-*} folder holding the old model when
 * the kill came between the two renames of the swap (moved back when NAME is missing), and {@code .NAME.saving-*}
 * folders of saves that never finished (deleted). A folder belongs to a save still running when the process id in
 * its name is alive; names without one (older versions) count as abandoned after {@link #ABANDONED}.
 */
final class ModelRecovery {
    static final String SAVING = "saving";
    static final String PREVIOUS = "previous";
    static final Duration ABANDONED = Duration.ofMinutes(10);
    private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.(" + SAVING + "|" + PREVIOUS + ")-(?:(\\d+)-)?\\d+");

    private ModelRecovery() {
    }

    /** The prefix of a temporary folder beside {@code target}, with this process's id in it. */
    static String prefix(Path target, String role) {
        return "." + target.getFileName() + "." + role + "-" + ProcessHandle.current().pid() + "-";
    }

    /** Whether a save may put a model at {@code target}: nothing there, an empty folder, or a model directory. */
    static boolean replaceable(Path target) throws IOException {
        return !Files.exists(target, LinkOption.NOFOLLOW_LINKS) || isModelDirectory(target) || isEmptyFolder(target);
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> children = Files.list(path)) {
            return children.findAny().isEmpty();
        }
    }

    /** A folder whose model.json is a JSON object with this program's format version and a kind. */
    private static boolean isModelDirectory(Path path) {
        Path card = path.resolve(ModelStore.CARD_FILE);
        if (!Files.isDirectory(path) || !Files.isRegularFile(card)) {
            return false;
        }
        try (Reader in = Files.newBufferedReader(card)) {
            JsonElement json = JsonParser.parseReader(in);
            return json.isJsonObject() && json.getAsJsonObject().has("formatVersion") && json.getAsJsonObject().has("kind");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Recovers or cleans the leftovers of the model at {@code target}, saying what it did to {@code notices}. */
    static void recover(Path target, Consumer<String> notices) {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() != null && absolute.getFileName() != null) {
            recoverIn(absolute.getParent(), absolute.getFileName().toString(), notices);
        }
    }

    /** Recovers or cleans the leftovers of every model in {@code folder}. */
    static void recoverAll(Path folder, Consumer<String> notices) {
        recoverIn(folder.toAbsolutePath().normalize(), null, notices);
    }

    private record Leftover(Path path, String name, String role) {
    }

    private static void recoverIn(Path folder, String onlyName, Consumer<String> notices) {
        List<Leftover> leftovers = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(Files::isDirectory).toList()) {
                Matcher m = LEFTOVER.matcher(child.getFileName().toString());
                if (m.matches() && (onlyName == null || onlyName.equals(m.group(1))) && abandoned(child, m.group(3))) {
                    leftovers.add(new Leftover(child, m.group(1), m.group(2)));
                }
            }
        } catch (IOException e) {
            return; // an unreadable folder: loading will name the real problem
        }
        leftovers.sort(Comparator.comparing((Leftover l) -> modified(l.path())).reversed());
        for (Leftover leftover : leftovers) {
            Path model = folder.resolve(leftover.name());
            try {
                if (leftover.role().equals(PREVIOUS) && !Files.exists(model) && complete(leftover.path())) {
                    Files.move(leftover.path(), model);
                    notices.accept("recovered " + model + " from " + leftover.path().getFileName()
                            + ": an earlier save was interrupted while swapping the model in");
                } else if (leftover.role().equals(SAVING) || Files.exists(model)) {
                    ModelStore.deleteRecursively(leftover.path());
                    notices.accept("removed " + leftover.path() + ": left by an interrupted save of " + leftover.name());
                }
            } catch (IOException e) {
                notices.accept("warning: could not clean up " + leftover.path() + " (" + e.getMessage() + ")");
            }
        }
    }

    /** A model whose card reads and whose files match the card's checksums. */
    private static boolean complete(Path directory) {
        try {
            ModelCard card = ModelStore.readCardOnly(directory);
            return Checksums.allMatch(directory, card);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean abandoned(Path folder, String pid) {
        if (pid != null) {
            try {
                return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return modified(folder).toInstant().isBefore(Instant.now().minus(ABANDONED));
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
