package io.ordo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** A web shop's server, authenticating with OAuth2 client credentials. */
@Entity
@Table(name = "clients", schema = "identity")
public class StorefrontClient extends Credentials {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    protected StorefrontClient() {
    }

    private StorefrontClient(String clientId, String displayName, String secretHash, Set<String> roles, Instant now) {
        super(secretHash, roles, now);
        this.clientId = clientId;
        this.displayName = displayName;
    }

    public static StorefrontClient create(String clientId, String displayName, String secretHash,
                                          Set<String> roles, Instant now) {
        return new StorefrontClient(clientId, displayName, secretHash, roles, now);
    }

    public String clientId() {
        return clientId;
    }

    public String displayName() {
        return displayName;
    }

    public void rotateSecret(String newSecretHash) {
        replaceSecret(newSecretHash);
    }

    @Override
    public String subject() {
        return clientId;
    }
}
