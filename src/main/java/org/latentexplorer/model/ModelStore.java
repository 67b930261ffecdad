package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Saves and loads a model directory: {@code model.json}, DJL parameters and an optional
 * {@code latent-map.bin}. Saving writes a sibling temporary directory and moves it into place, so a
 * failed or killed save never leaves a half-written model where a good one was.
 */
public final class ModelStore {
    public static final String CARD_FILE = "model.json";
    public static final String LATENT_MAP_FILE = "latent-map.bin";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    /** Called with the fully written temporary directory just before it replaces the target. */
    @FunctionalInterface
    public interface BeforeCommit {
        void check(Path staged) throws IOException;
    }

    /** A loaded melody model with its card and, when present, the corpus encodings. */
    public record LoadedMelody(Path directory, ModelCard card, MelodyVae vae, Optional<LatentMap> latentMap) implements AutoCloseable {
        @Override
        public void close() {
            vae.close();
        }
    }

    /** A loaded model with its card and, when present, its latent map. */
    public record Loaded(Path directory, ModelCard card, ImageVae vae, Optional<LatentMap> latentMap) implements AutoCloseable {
        @Override
        public void close() {
            vae.close();
        }
    }

    private ModelStore() {
    }

    public static void save(Path directory, ImageVae vae, ModelCard card, LatentMap latentMap) throws IOException {
        save(directory, vae, card, latentMap, staged -> { });
    }

    public static void save(Path directory, ImageVae vae, ModelCard card, LatentMap latentMap, BeforeCommit beforeCommit)
            throws IOException {
        save(directory, vae.model(), ImageVae.PARAMS_PREFIX, card, latentMap, beforeCommit);
    }

    public static void save(Path directory, MelodyVae vae, ModelCard card, LatentMap latentMap, BeforeCommit beforeCommit)
            throws IOException {
        save(directory, vae.model(), MelodyVae.PARAMS_PREFIX, card, latentMap, beforeCommit);
    }

    private static void save(Path directory, Model model, String paramsPrefix, ModelCard card, LatentMap latentMap,
                             BeforeCommit beforeCommit) throws IOException {
        Path target = directory.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staged = Files.createTempDirectory(parent, "." + target.getFileName() + ".saving-");
        try {
            writeCard(staged.resolve(CARD_FILE), card);
            model.save(staged, paramsPrefix);
            if (latentMap != null) {
                latentMap.write(staged.resolve(LATENT_MAP_FILE));
            }
            beforeCommit.check(staged);
            commit(staged, target);
        } finally {
            deleteRecursively(staged);
        }
    }

    private static void commit(Path staged, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staged, target);
            return;
        }
        Path previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
        Files.delete(previous);
        move(target, previous);
        try {
            move(staged, target);
        } catch (IOException e) {
            move(previous, target);
            throw e;
        }
        deleteRecursively(previous);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void writeCard(Path file, ModelCard card) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            GSON.toJson(card, out);
            out.write('\n');
        }
    }

    public static ModelCard readCard(Path directory) throws IOException {
        Path file = directory.resolve(CARD_FILE);
        if (!Files.isDirectory(directory)) {
            throw new ModelFormatException(directory, "is not a model directory (no such folder)");
        }
        if (!Files.isRegularFile(file)) {
            throw new ModelFormatException(file, "missing: a model directory needs model.json");
        }
        ModelCard card;
        try (Reader in = Files.newBufferedReader(file)) {
            card = GSON.fromJson(in, ModelCard.class);
        } catch (JsonParseException e) {
            throw new ModelFormatException(file, "is not valid model JSON (" + rootMessage(e) + ")");
        }
        if (card == null) {
            throw new ModelFormatException(file, "is empty");
        }
        if (card.formatVersion() != ModelCard.FORMAT_VERSION) {
            throw new ModelFormatException(file, "format version " + card.formatVersion() + " is not supported (expected "
                    + ModelCard.FORMAT_VERSION + ")");
        }
        if (card.isMelody()) {
            checkMelodyArchitecture(file, card);
        } else if (ModelCard.KIND_IMAGE.equals(card.kind())) {
            checkImageArchitecture(file, card);
        } else {
            throw new ModelFormatException(file, "kind '" + card.kind() + "' is not a model this version can open (expected 'image' or 'melody')");
        }
        return card;
    }

    private static void checkImageArchitecture(Path file, ModelCard card) throws ModelFormatException {
        if (card.architecture() == null || card.architecture().architecture() == null || card.architecture().hidden() == null) {
            throw new ModelFormatException(file, "has no complete \"architecture\" section");
        }
        try {
            new VaeConfig(card.architecture().architecture(), card.architecture().imageRows(), card.architecture().imageCols(),
                    card.architecture().hidden(), card.architecture().latentSize());
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(file, "architecture is invalid: " + e.getMessage());
        }
    }

    private static void checkMelodyArchitecture(Path file, ModelCard card) throws ModelFormatException {
        MelodyVaeConfig melody = card.melody();
        if (melody == null) {
            throw new ModelFormatException(file, "is a melody model without a \"melody\" section");
        }
        try {
            new MelodyVaeConfig(melody.encoderState(), melody.decoderState(), melody.latentSize(), melody.steps());
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(file, "melody sizes are invalid: " + e.getMessage());
        }
    }

    public static Loaded load(Path directory) throws IOException {
        return load(directory, Devices.preferred());
    }

    public static Loaded load(Path directory, Device device) throws IOException {
        ModelCard card = readCard(directory);
        if (card.isMelody()) {
            throw new ModelFormatException(directory, "is a melody model, not an image model");
        }
        VaeConfig config = card.architecture();
        ImageVae vae = ImageVae.create(config, device);
        loadParameters(directory, vae.model(), ImageVae.PARAMS_PREFIX, vae);
        Optional<LatentMap> map = readLatentMap(directory, config.latentSize(), vae);
        return new Loaded(directory, card, vae, map);
    }

    public static LoadedMelody loadMelody(Path directory) throws IOException {
        return loadMelody(directory, Devices.preferred());
    }

    public static LoadedMelody loadMelody(Path directory, Device device) throws IOException {
        ModelCard card = readCard(directory);
        if (!card.isMelody()) {
            throw new ModelFormatException(directory, "is an image model, not a melody model");
        }
        MelodyVae vae = MelodyVae.create(card.melody(), device);
        loadParameters(directory, vae.model(), MelodyVae.PARAMS_PREFIX, vae);
        Optional<LatentMap> map = readLatentMap(directory, card.melody().latentSize(), vae);
        return new LoadedMelody(directory, card, vae, map);
    }

    /** Loads the parameters into {@code model}; on any failure closes {@code owner} and names the file. */
    private static void loadParameters(Path directory, Model model, String prefix, AutoCloseable owner) throws IOException {
        Optional<Path> found;
        try {
            found = parameterFile(directory, prefix);
        } catch (IOException e) {
            closeQuietly(owner);
            throw e;
        }
        if (found.isEmpty()) {
            closeQuietly(owner);
            throw new ModelFormatException(directory, "has no parameter file (" + prefix + "-NNNN.params)");
        }
        Path params = found.get();
        Map<String, Shape> expected = parameterShapes(model.getBlock());
        try {
            model.load(directory, prefix);
            Map<String, Shape> loaded = parameterShapes(model.getBlock());
            if (!loaded.equals(expected)) {
                String first = expected.keySet().stream().filter(k -> !expected.get(k).equals(loaded.get(k))).findFirst().orElse("?");
                throw new ModelFormatException(params, "parameters do not fit the architecture in model.json ("
                        + first + " is " + loaded.get(first) + ", expected " + expected.get(first) + ")");
            }
        } catch (ModelFormatException e) {
            closeQuietly(owner);
            throw e;
        } catch (MalformedModelException | IOException | RuntimeException e) {
            closeQuietly(owner);
            throw new ModelFormatException(params, "parameters do not fit the architecture in model.json ("
                    + rootMessage(e) + ")", e);
        }
    }

    private static Optional<LatentMap> readLatentMap(Path directory, int latentSize, AutoCloseable owner) throws IOException {
        Path mapFile = directory.resolve(LATENT_MAP_FILE);
        if (!Files.exists(mapFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LatentMap.read(mapFile, latentSize));
        } catch (IOException e) {
            closeQuietly(owner);
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable owner) {
        try {
            owner.close();
        } catch (Exception ignored) {
            // the load already failed; its error is the one to report
        }
    }

    private static Map<String, Shape> parameterShapes(Block block) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            shapes.put(p.getKey(), p.getValue().getArray().getShape());
        }
        return shapes;
    }

    private static Optional<Path> parameterFile(Path directory, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches(prefix + "-\\d{4}\\.params"))
                    .max(Comparator.naturalOrder());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException ignored) {
            // already gone
        }
    }
}
