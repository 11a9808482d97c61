package io.ordo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A refresh token, stored as a hash only. It can be used once: using it again means it was
 * stolen or replayed, and its whole family is revoked.
 */
@Entity
@Table(name = "refresh_tokens", schema = "identity")
public class RefreshToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RefreshToken() {
    }

    /** A new token and the value to hand out (never stored). */
    public record Issued(RefreshToken token, String value) {
    }

    public static Issued issue(String subject, UUID familyId, Instant now, Duration lifetime) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = "ort_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken token = new RefreshToken();
        token.tokenHash = hash(value);
        token.familyId = familyId;
        token.subject = subject;
        token.issuedAt = now;
        token.expiresAt = now.plus(lifetime);
        return new Issued(token, value);
    }

    public static String hash(String value) {
        return Sha256.hex(value);
    }

    /** Why a presented token cannot be exchanged, if it cannot. */
    public enum Refusal { REUSED, REVOKED, EXPIRED }

    public java.util.Optional<Refusal> refusalAt(Instant now) {
        if (revokedAt != null) {
            return java.util.Optional.of(Refusal.REVOKED);
        }
        if (usedAt != null) {
            return java.util.Optional.of(Refusal.REUSED);
        }
        if (!now.isBefore(expiresAt)) {
            return java.util.Optional.of(Refusal.EXPIRED);
        }
        return java.util.Optional.empty();
    }

    public void markUsed(Instant now) {
        usedAt = now;
    }

    public UUID familyId() {
        return familyId;
    }

    public String subject() {
        return subject;
    }
}
