package io.ordo.identity.domain;

import jakarta.persistence.AttributeOverride;
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
@AttributeOverride(name = "secretHash", column = @Column(name = "password_hash", nullable = false))
public class StaffUser extends Credentials {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    protected StaffUser() {
    }

    private StaffUser(String username, String passwordHash, Set<String> roles, Instant now) {
        super(passwordHash, roles, now);
        this.id = UUID.randomUUID();
        this.username = username;
    }

    public static StaffUser create(String username, String passwordHash, Set<String> roles, Instant now) {
        return new StaffUser(username, passwordHash, roles, now);
    }

    public String username() {
        return username;
    }

    public void changePassword(String newPasswordHash) {
        replaceSecret(newPasswordHash);
    }

    @Override
    public String subject() {
        return username;
    }
}
