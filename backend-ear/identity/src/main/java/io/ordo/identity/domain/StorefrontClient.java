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
public class StorefrontClient implements Account {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(nullable = false)
    private String roles;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StorefrontClient() {
    }

    public static StorefrontClient create(String clientId, String displayName, String secretHash,
                                          Set<String> roles, Instant now) {
        StorefrontClient client = new StorefrontClient();
        client.clientId = clientId;
        client.displayName = displayName;
        client.secretHash = secretHash;
        client.roles = RoleList.format(roles);
        client.enabled = true;
        client.createdAt = now;
        return client;
    }

    public String clientId() {
        return clientId;
    }

    public String displayName() {
        return displayName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void rotateSecret(String newSecretHash) {
        secretHash = newSecretHash;
    }

    @Override
    public String subject() {
        return clientId;
    }

    @Override
    public Set<String> roles() {
        return RoleList.parse(roles);
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public String secretHash() {
        return secretHash;
    }
}
