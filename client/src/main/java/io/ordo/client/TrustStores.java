package io.ordo.client;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** Turns a trust store file (PKCS12 or JKS) into the TLS context that trusts its certificates. */
final class TrustStores {

    private TrustStores() {
    }

    static SSLContext sslContextTrusting(Path trustStore, char[] password) {
        try {
            KeyStore keyStore = KeyStore.getInstance(trustStore.toFile(), password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keyStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new ServerConfigException("Cannot read trust store " + trustStore + ": " + e.getMessage(), e);
        }
    }
}
