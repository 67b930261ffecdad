package org.latentexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS that trusts what Java trusts and also what the system trusts: the installed app carries its own Java
 * runtime, whose certificate list knows nothing of the certificate authorities a school or company adds to
 * the system's bundle (Debian's {@code /etc/ssl/certs/ca-certificates.crt}).
 */
final class SystemTrust {
    static final Path SYSTEM_BUNDLE = Path.of("/etc/ssl/certs/ca-certificates.crt");

    private SystemTrust() {
    }

    static SSLContext context() throws IOException {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            try (InputStream java = Files.newInputStream(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"))) {
                trusted.load(java, null);
            }
            if (Files.isReadable(SYSTEM_BUNDLE)) {
                try (InputStream bundle = Files.newInputStream(SYSTEM_BUNDLE)) {
                    int n = 0;
                    for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(bundle)) {
                        trusted.setCertificateEntry("system-" + n++, certificate);
                    }
                }
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
