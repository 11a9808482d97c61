package io.ordo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Set;

/**
 * What every account row holds besides its name: the hash of its secret (a password or a client
 * secret), its roles, whether it may sign in, and when it was made.
 */
@MappedSuperclass
abstract class Credentials implements Account {

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(nullable = false)
    private String roles;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Credentials() {
    }

    protected Credentials(String secretHash, Set<String> roles, Instant now) {
        this.secretHash = secretHash;
        this.roles = RoleList.format(roles);
        this.enabled = true;
        this.createdAt = now;
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

    protected void replaceSecret(String newSecretHash) {
        secretHash = newSecretHash;
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
