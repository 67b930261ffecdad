package org.latentexplorer.model;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SHA-256 of a model's data files and of its card's size section, as {@code model.json} records them: written
 * at save, checked on load, so that a damaged or swapped file, or sizes edited by hand, never load silently.
 */
public final class Checksums {
    /** The key of the size section's checksum: sizes the parameter shapes cannot show (melody steps, image sides). */
    public static final String SIZES = "model.json sizes";
    /** Files of a model directory that are not data: the card itself and the training history. */
    private static final String METRICS_FILE = "metrics.csv";
    private static final Gson PLAIN = new Gson();

    private Checksums() {
    }

    /** The checksums of every data file in {@code directory} and of the card's size section. */
    static Map<String, String> of(Path directory, ModelCard card) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(ModelStore.CARD_FILE) && !name.equals(METRICS_FILE)) {
                    sums.put(name, sha256(file));
                }
            }
        }
        sums.put(SIZES, sizesDigest(card));
        return sums;
    }

    /** Fails, naming the file, when {@code file} is not the one the card recorded; cards without checksums pass. */
    static void verify(ModelCard card, Path file) throws IOException {
        if (card.checksums() == null) {
            return;
        }
        String name = file.getFileName().toString();
        String expected = card.checksums().get(name);
        if (expected == null) {
            throw new ModelFormatException(file, "has no checksum in model.json: the file was added after the model was saved");
        }
        if (!expected.equalsIgnoreCase(sha256(file))) {
            throw new ModelFormatException(file, "checksum does not match model.json: the file was changed or damaged");
        }
    }

    /** Fails when the card's size section is not the one it was saved with; cards without checksums pass. */
    static void verifySizes(ModelCard card, Path cardFile) throws ModelFormatException {
        if (card.checksums() == null || !card.checksums().containsKey(SIZES)) {
            return;
        }
        if (!card.checksums().get(SIZES).equalsIgnoreCase(sizesDigest(card))) {
            throw new ModelFormatException(cardFile, "the \"" + sectionName(card) + "\" section does not match the checksum"
                    + " it was saved with: the sizes were edited and no longer describe the parameters");
        }
    }

    /** Whether every file the card lists is there and unchanged. */
    static boolean allMatch(Path directory, ModelCard card) {
        if (card.checksums() == null) {
            return true;
        }
        try {
            for (String name : card.checksums().keySet()) {
                if (!name.equals(SIZES)) {
                    verify(card, directory.resolve(name));
                }
            }
            verifySizes(card, directory.resolve(ModelStore.CARD_FILE));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String sectionName(ModelCard card) {
        return card.kind().section();
    }

    private static String sizesDigest(ModelCard card) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(PLAIN.toJson(card.sizes()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
