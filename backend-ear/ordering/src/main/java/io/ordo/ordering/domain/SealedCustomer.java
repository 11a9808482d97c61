package io.ordo.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/**
 * Who the order is for, as stored: the customer's personal data sealed under the customer's own
 * data key (whose id is kept beside it), plus keyed hashes that find it by exact email or by words
 * of the name without decrypting. The order never needs the clear data to run its lifecycle.
 */
@Embeddable
public class SealedCustomer {

    @Column(name = "customer_key_id", updatable = false)
    private UUID keyId;

    @Column(name = "customer_sealed", updatable = false)
    private String sealed;

    @Column(name = "customer_email_hash")
    private String emailHash;

    @Column(name = "customer_search")
    private String searchTerms;

    protected SealedCustomer() {
    }

    public SealedCustomer(UUID keyId, String sealed, String emailHash, String searchTerms) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.sealed = Objects.requireNonNull(sealed, "sealed");
        this.emailHash = Objects.requireNonNull(emailHash, "emailHash");
        this.searchTerms = Objects.requireNonNull(searchTerms, "searchTerms");
    }

    public UUID keyId() {
        return keyId;
    }

    public String sealed() {
        return sealed;
    }

    public String emailHash() {
        return emailHash;
    }

    public String searchTerms() {
        return searchTerms;
    }
}
