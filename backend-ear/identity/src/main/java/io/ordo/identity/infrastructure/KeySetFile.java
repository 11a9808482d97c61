package io.ordo.identity.infrastructure;

import io.ordo.identity.domain.VerifierKeySet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key set as a file that Liberty's mpJwt reads ({@code mp.jwt.verify.publickey.location} in
 * server.xml names the same file). mpJwt reads it again whenever a token names a kid it has not
 * cached, so a key added here is trusted at once, without the verifier calling any HTTP port.
 * The file is replaced in one move, so the verifier never reads half of it.
 */
@ApplicationScoped
public class KeySetFile implements VerifierKeySet {

    @Inject
    @ConfigProperty(name = "ordo.jwt.key-set-file")
    String location;

    private String written;

    @Override
    public synchronized void publish(String keySetJson) {
        if (keySetJson.equals(written)) {
            return;
        }
        Path file = Path.of(location).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Path fresh = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
            Files.writeString(fresh, keySetJson, StandardCharsets.UTF_8);
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token key set to " + file, e);
        }
        written = keySetJson;
    }
}
