package io.ordo.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The dev stack's own TLS certificate for {@code localhost} (and 127.0.0.1, ::1), made once per
 * Liberty instance with the JDK's keytool, and a trust store holding just that certificate, so the
 * console, the CLI and tests can verify the server instead of trusting everything.
 */
public final class DevCertificate {

    /** The trust store's password: it holds a public certificate only, nothing secret. */
    public static final String TRUST_STORE_PASSWORD = "ordo-dev";
    static final String KEY_STORE_FILE = "key.p12";
    static final String TRUST_STORE_FILE = "truststore.p12";
    private static final String ALIAS = "default";

    private DevCertificate() {
    }

    /**
     * Makes {@code directory/key.p12} (the server's key and certificate, under {@code password})
     * unless it is there and opens with that password, and writes {@code trustStore} with its
     * certificate.
     *
     * @return the key store, for {@code ordo.keystore.location}
     */
    public static Path ensure(Path directory, String password, Path trustStore) throws IOException {
        Files.createDirectories(directory);
        Path keyStore = directory.resolve(KEY_STORE_FILE);
        if (!opens(keyStore, password)) {
            Files.deleteIfExists(keyStore);
            generate(keyStore, password);
        }
        writeTrustStore(keyStore, password, trustStore);
        return keyStore;
    }

    private static boolean opens(Path keyStore, String password) {
        if (!Files.isRegularFile(keyStore)) {
            return false;
        }
        try {
            return KeyStore.getInstance(keyStore.toFile(), password.toCharArray()).getCertificate(ALIAS) != null;
        } catch (IOException | GeneralSecurityException e) {
            return false;
        }
    }

    private static void generate(Path keyStore, String password) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", OperatingSystem.isWindows() ? "keytool.exe" : "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "825",
                "-dname", "CN=localhost, O=Ordo dev stack", "-ext", "SAN=dns:localhost,ip:127.0.0.1,ip:::1",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", password, "-keypass", password))
                .redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool could not make the dev certificate: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the dev certificate", e);
        }
    }

    private static void writeTrustStore(Path keyStore, String password, Path trustStore) throws IOException {
        try {
            Certificate certificate = KeyStore.getInstance(keyStore.toFile(), password.toCharArray()).getCertificate(ALIAS);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ordo-dev", certificate);
            Path temporary = trustStore.resolveSibling(trustStore.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                trust.store(out, TRUST_STORE_PASSWORD.toCharArray());
            }
            Files.move(temporary, trustStore, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write the dev trust store " + trustStore + ": " + e.getMessage(), e);
        }
    }
}
