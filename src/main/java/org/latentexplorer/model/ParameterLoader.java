package org.latentexplorer.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.latentexplorer.data.InputFiles;

/**
 * Loads a network's DJL parameter file into the network its card describes, failing with the file named when the
 * file is not DJL's, does not match the card's checksum, or holds parameters of other shapes.
 */
final class ParameterLoader {
    private static final byte[] DJL_MAGIC = "DJL@".getBytes(StandardCharsets.US_ASCII);

    private ParameterLoader() {
    }

    /** Loads the parameters into {@code model}; on any failure closes {@code owner} and names the file. */
    static void load(Path directory, ModelCard card, Model model, String prefix, AutoCloseable owner)
            throws IOException {
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
            // a named pipe would block the load forever, a folder or an unreadable file is not a shape mismatch
            InputFiles.requireFile(params, "no such parameter file");
        } catch (IOException e) {
            closeQuietly(owner);
            throw e;
        }
        try {
            requireDjlParameters(params);
            Checksums.verify(card, params);
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

    /**
     * Fails unless the file starts as DJL's parameter files do: DJL reads any other file as "not mine" and
     * silently leaves the network freshly initialised.
     */
    private static void requireDjlParameters(Path params) throws IOException {
        byte[] magic = new byte[DJL_MAGIC.length];
        try (DataInputStream in = new DataInputStream(Files.newInputStream(params))) {
            in.readFully(magic);
        } catch (EOFException e) {
            throw new ModelFormatException(params, "is not a DJL parameter file (it is shorter than its 4-byte header)");
        }
        if (!Arrays.equals(magic, DJL_MAGIC)) {
            throw new ModelFormatException(params, "is not a DJL parameter file (it does not start with \"DJL@\");"
                    + " it is damaged or another file");
        }
    }

    static void closeQuietly(AutoCloseable owner) {
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

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
