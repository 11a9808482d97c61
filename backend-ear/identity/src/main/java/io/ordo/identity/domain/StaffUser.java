package io.ordo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person who signs in to the console or the CLI: staff or admin. */
@Entity
@Table(name = "users", schema = "identity")
public class StaffUser implements Account {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String roles;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffUser() {
    }

    public static StaffUser create(String username, String passwordHash, Set<String> roles, Instant now) {
        StaffUser user = new StaffUser();
        user.id = UUID.randomUUID();
        user.username = username;
        user.passwordHash = passwordHash;
        user.roles = RoleList.format(roles);
        user.enabled = true;
        user.createdAt = now;
        return user;
    }

    public String username() {
        return username;
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

    public void changePassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
    }

    @Override
    public String subject() {
        return username;
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
        return passwordHash;
    }
}
