package org.latentexplorer.model;

import ai.djl.Device;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.data.InputFiles;

/**
 * Saves and loads a model directory: {@code model.json}, DJL parameters (a PCA's axes in {@code pca.bin}
 * instead) and an optional {@code latent-map.bin}. Saving writes a sibling temporary directory and moves it into place, so a
 * failed or killed save never leaves a half-written model where a good one was; what a killed save leaves beside
 * the model is recovered or cleaned on the next load or save ({@link ModelRecovery}). {@code model.json} records the
 * checksums of the other files ({@link Checksums}), verified on load.
 */
public final class ModelStore {
    public static final String CARD_FILE = "model.json";
    public static final String LATENT_MAP_FILE = "latent-map.bin";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
    private static volatile Consumer<String> notices = System.err::println;

    /** Called with the fully written temporary directory just before it replaces the target. */
    @FunctionalInterface
    public interface BeforeCommit {
        void check(Path staged) throws IOException;
    }

    /**
     * A loaded model of any kind with its card and, when present, its latent map: a VAE's encoder means (the test set's,
     * a melody model's corpus), an autoencoder's or PCA's codes of the test set.
     */
    public record LoadedModel<T>(Path directory, ModelCard card, T model, Optional<LatentMap> latentMap) implements AutoCloseable {
        @Override
        public void close() {
            if (model instanceof AutoCloseable closeable) {
                ParameterLoader.closeQuietly(closeable);
            }
        }
    }

    private ModelStore() {
    }

    /** Where the one-line notes of recovery go (standard error unless set); returns the previous receiver. */
    public static Consumer<String> setNotices(Consumer<String> receiver) {
        Consumer<String> previous = notices;
        notices = receiver;
        return previous;
    }

    /** Recovers or cleans what interrupted saves left beside the model at {@code target}, saying so on the notices. */
    public static void recover(Path target) {
        ModelRecovery.recover(target, notices);
    }

    /** Recovers or cleans what interrupted saves left in a folder of models, saying so on the notices. */
    public static void recoverFolder(Path folder) {
        ModelRecovery.recoverAll(folder, notices);
    }

    /**
     * Fails unless a model may be saved at {@code target}: nothing is there, an empty folder, or a model directory
     * (a folder with a card of ours) that the save replaces. A user's other folders and files are never replaced.
     */
    public static void requireReplaceable(Path target) throws IOException {
        if (!ModelRecovery.replaceable(target)) {
            throw new ModelFormatException(target, "exists and is not a model directory; choose another -o or remove it");
        }
        requireWritableFolderAbove(target);
    }

    /** Tries a file where the save will stage its folder, so that a run the save cannot keep is refused before it trains. */
    private static void requireWritableFolderAbove(Path target) throws IOException {
        Path folder = target.toAbsolutePath().normalize().getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new ModelFormatException(target, "cannot write: " + folder + " is not a folder");
        }
        try {
            Files.delete(Files.createTempFile(folder, "." + target.getFileName() + ".probe-", ""));
        } catch (IOException e) {
            throw AtomicFiles.cannotWrite(target, e);
        }
    }

    /**
     * Fails when sizes a run asks for (a config of a {@code kind}'s card section) are beyond what a model here may have,
     * the limits {@link #readCard} applies; {@code names} gives the option that sets each size.
     */
    public static void requireSaneSizes(ModelKind kind, Object sizes, Map<String, String> names) {
        String problem = CardLimits.problem(kind.section(), GSON.toJsonTree(sizes).getAsJsonObject(), names);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static void save(Path directory, Network network, ModelCard card, LatentMap latentMap) throws IOException {
        save(directory, network, card, latentMap, staged -> { });
    }

    /** Saves a network's parameters with its card; {@code latentMap} (may be null) holds its codes or encoder means. */
    public static void save(Path directory, Network network, ModelCard card, LatentMap latentMap, BeforeCommit beforeCommit)
            throws IOException {
        save(directory, card, staged -> network.model().save(staged, network.paramsPrefix()), latentMap, beforeCommit);
    }

    /** Saves a PCA: its axes go to {@code pca.bin}; {@code latentMap} (may be null) holds the test set's codes. */
    public static void save(Path directory, PcaModel pca, ModelCard card, LatentMap latentMap, BeforeCommit beforeCommit)
            throws IOException {
        save(directory, card, staged -> pca.write(staged.resolve(PcaModel.FILE)), latentMap, beforeCommit);
    }

    /** Saves an imported TorchScript VAE: a copy of its file, named as the card's {@code torchscript} section says. */
    public static void save(Path directory, Path torchScriptFile, ModelCard card, LatentMap latentMap) throws IOException {
        save(directory, card, staged -> Files.copy(torchScriptFile, staged.resolve(card.torchscript().file())), latentMap,
                staged -> { });
    }

    /** What a model writes into the staged directory besides the card and the latent map. */
    @FunctionalInterface
    private interface ContentWriter {
        void write(Path staged) throws IOException;
    }

    private static void save(Path directory, ModelCard card, ContentWriter content, LatentMap latentMap,
                             BeforeCommit beforeCommit) throws IOException {
        Path target = directory.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        ModelRecovery.recover(target, notices);
        requireReplaceable(target);
        Path staged = Files.createTempDirectory(parent, ModelRecovery.prefix(target, ModelRecovery.SAVING));
        try {
            try {
                content.write(staged);
                if (latentMap != null) {
                    latentMap.write(staged.resolve(LATENT_MAP_FILE));
                }
                writeCard(staged.resolve(CARD_FILE), card.withChecksums(Checksums.of(staged, card)));
            } catch (IOException e) {
                throw AtomicFiles.cannotWrite(directory, e); // a full disk names the model, not a hidden staging folder
            }
            beforeCommit.check(staged);
            requireReplaceable(target);
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
        Path previous = Files.createTempDirectory(target.getParent(), ModelRecovery.prefix(target, ModelRecovery.PREVIOUS));
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

    /** The card of the model in {@code directory}, after recovering what an interrupted save left there. */
    public static ModelCard readCard(Path directory) throws IOException {
        ModelRecovery.recover(directory, notices);
        return readCardOnly(directory);
    }

    /** A file of a model that must be there and readable: a folder, a pipe or a device is named as such, not "missing". */
    static void requireModelFile(Path file, String missing) throws ModelFormatException {
        if (!Files.exists(file)) {
            throw new ModelFormatException(file, missing);
        }
        try {
            InputFiles.requireFile(file, missing);
        } catch (FileSystemException e) {
            throw new ModelFormatException(file, e.getReason());
        } catch (IOException e) {
            throw new ModelFormatException(file, e.getMessage());
        }
    }

    static ModelCard readCardOnly(Path directory) throws IOException {
        Path file = directory.resolve(CARD_FILE);
        if (!Files.isDirectory(directory)) {
            throw new ModelFormatException(directory, "is not a model directory (no such folder)");
        }
        requireModelFile(file, "missing: a model directory needs model.json");
        ModelCard card;
        String kindText = null;
        try (Reader in = Files.newBufferedReader(file)) {
            JsonElement json = JsonParser.parseReader(in);
            if (json.isJsonObject()) {
                CardLimits.check(file, json.getAsJsonObject());
                JsonElement kind = json.getAsJsonObject().get("kind");
                kindText = kind == null || kind.isJsonNull() ? null : kind.isJsonPrimitive() ? kind.getAsString() : kind.toString();
            }
            card = GSON.fromJson(json, ModelCard.class);
        } catch (JsonParseException e) {
            throw new ModelFormatException(file, "is not valid model JSON (" + ParameterLoader.rootMessage(e) + ")");
        } catch (RuntimeException e) {
            throw new ModelFormatException(file, "holds impossible sizes (" + ParameterLoader.rootMessage(e) + ")");
        }
        if (card == null) {
            throw new ModelFormatException(file, "is empty");
        }
        if (card.formatVersion() != ModelCard.FORMAT_VERSION) {
            throw new ModelFormatException(file, "format version " + card.formatVersion() + " is not supported (expected "
                    + ModelCard.FORMAT_VERSION + ")");
        }
        if (card.kind() == null) {
            throw new ModelFormatException(file, "kind '" + kindText + "' is not a model this version can open"
                    + " (expected " + ModelKind.ids() + ")");
        }
        switch (card.kind()) {
            case IMAGE_VAE -> checkImageArchitecture(file, card);
            case MELODY -> checkMelodyArchitecture(file, card);
            case AUTOENCODER, CLASSIFIER, PCA, IMPORTED_TORCHSCRIPT -> requireSection(file, card.kind(), card.sizes());
        }
        Checksums.verifySizes(card, file);
        return card;
    }

    /** The sizes of the new kinds validate themselves when read; only a missing section is left to report. */
    private static void requireSection(Path file, ModelKind kind, Object section) throws ModelFormatException {
        if (section == null) {
            throw new ModelFormatException(file, "is " + article(kind.id()) + " model without a \"" + kind.section() + "\" section");
        }
    }

    private static String article(String kind) {
        return "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " + kind : "a " + kind;
    }

    private static String kindOf(ModelCard card) {
        return card.kind() == ModelKind.IMAGE_VAE ? "an image VAE" : article(card.kind().id()) + " model";
    }

    /** Fails unless the card in {@code directory} is of {@code kind}, naming both. */
    private static void requireKind(Path directory, ModelCard card, ModelKind kind) throws ModelFormatException {
        if (card.kind() != kind) {
            throw new ModelFormatException(directory.resolve(CARD_FILE), "is " + kindOf(card) + ", not " + kind.described());
        }
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

    public static LoadedModel<ImageVae> loadImageVae(Path directory) throws IOException {
        return loadImageVae(directory, Devices.preferred());
    }

    /** An image VAE with, when present, the encoder means of the test set. */
    public static LoadedModel<ImageVae> loadImageVae(Path directory, Device device) throws IOException {
        return loadNetwork(directory, ModelKind.IMAGE_VAE, card -> ImageVae.create(card.architecture(), device),
                card -> card.architecture().latentSize());
    }

    /** An image VAE of ours or an imported one, whichever the card says, with the encoder means of the test set. */
    public static LoadedModel<? extends ImageCodec> loadImageCodec(Path directory) throws IOException {
        ModelCard card = readCard(directory);
        return card.kind() == ModelKind.IMPORTED_TORCHSCRIPT ? loadTorchScript(directory, Devices.preferred())
                : loadImageVae(directory, Devices.preferred());
    }

    /** An imported TorchScript VAE (its file checked against the card's checksum) with the encoder means of the test set. */
    public static LoadedModel<TorchScriptVae> loadTorchScript(Path directory, Device device) throws IOException {
        ModelCard card = readCard(directory);
        requireKind(directory, card, ModelKind.IMPORTED_TORCHSCRIPT);
        Path file = directory.resolve(card.torchscript().file());
        requireModelFile(file, "missing: an imported model keeps its TorchScript file here");
        Checksums.verify(card, file);
        TorchScriptVae vae = TorchScriptVae.load(directory, card.torchscript(), device);
        Optional<LatentMap> map = readLatentMap(directory, card, card.torchscript().latentSize(), vae);
        return new LoadedModel<>(directory, card, vae, map);
    }

    public static LoadedModel<ImageAutoencoder> loadAutoencoder(Path directory) throws IOException {
        return loadAutoencoder(directory, Devices.preferred());
    }

    /** An autoencoder with, when present, the bottleneck codes of the test set. */
    public static LoadedModel<ImageAutoencoder> loadAutoencoder(Path directory, Device device) throws IOException {
        return loadNetwork(directory, ModelKind.AUTOENCODER,
                card -> ImageAutoencoder.create(card.autoencoder(), device), card -> card.autoencoder().bottleneck());
    }

    public static LoadedModel<DigitClassifier> loadClassifier(Path directory) throws IOException {
        return loadClassifier(directory, Devices.preferred());
    }

    public static LoadedModel<DigitClassifier> loadClassifier(Path directory, Device device) throws IOException {
        return loadNetwork(directory, ModelKind.CLASSIFIER,
                card -> DigitClassifier.create(card.classifier(), device), null);
    }

    /**
     * A network of {@code kind} built from its card and loaded with its parameters; with the latent map when
     * {@code codeSize} (the map's dimensions, from the card) is given and the file is there.
     */
    private static <N extends Network> LoadedModel<N> loadNetwork(Path directory, ModelKind kind,
                                                                 Function<ModelCard, N> build, ToIntFunction<ModelCard> codeSize)
            throws IOException {
        ModelCard card = readCard(directory);
        requireKind(directory, card, kind);
        N network = build.apply(card);
        ParameterLoader.load(directory, card, network.model(), network.paramsPrefix(), network);
        Optional<LatentMap> map = codeSize == null ? Optional.empty() : readLatentMap(directory, card, codeSize.applyAsInt(card), network);
        return new LoadedModel<>(directory, card, network, map);
    }

    /** A PCA with, when present, the codes of the test set. */
    public static LoadedModel<PcaModel> loadPca(Path directory) throws IOException {
        ModelCard card = readCard(directory);
        requireKind(directory, card, ModelKind.PCA);
        PcaModel pca = PcaModel.read(directory.resolve(PcaModel.FILE), card.pca());
        Checksums.verify(card, directory.resolve(PcaModel.FILE));
        Optional<LatentMap> map = readLatentMap(directory, card, card.pca().components(), () -> { });
        return new LoadedModel<>(directory, card, pca, map);
    }

    public static LoadedModel<MelodyVae> loadMelody(Path directory) throws IOException {
        return loadMelody(directory, Devices.preferred());
    }

    /** A melody VAE with, when present, the encoder means of its corpus. */
    public static LoadedModel<MelodyVae> loadMelody(Path directory, Device device) throws IOException {
        return loadNetwork(directory, ModelKind.MELODY, card -> MelodyVae.create(card.melody(), device),
                card -> card.melody().latentSize());
    }

    private static Optional<LatentMap> readLatentMap(Path directory, ModelCard card, int latentSize, AutoCloseable owner)
            throws IOException {
        Path mapFile = directory.resolve(LATENT_MAP_FILE);
        if (!Files.exists(mapFile)) {
            return Optional.empty();
        }
        try {
            LatentMap map = LatentMap.read(mapFile, latentSize);
            Checksums.verify(card, mapFile);
            return Optional.of(map);
        } catch (IOException e) {
            ParameterLoader.closeQuietly(owner);
            throw e;
        }
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
