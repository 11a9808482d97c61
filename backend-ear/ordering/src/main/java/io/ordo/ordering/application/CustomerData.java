package io.ordo.ordering.application;

import io.ordo.ordering.domain.SealedCustomer;
import io.ordo.platform.privacy.PersonalDataVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The customer's personal data on its way in and out of an order: sealed under the customer's
 * own data key (the customer is known by their email address), opened for readers, and found by
 * keyed hashes — the exact email, or whole words of the name or email — never by clear text.
 */
@ApplicationScoped
public class CustomerData {

    /** Words of a name or an email address: runs of letters and digits. */
    private static final String NOT_A_WORD = "[^\\p{L}\\p{N}]+";
    private static final int WORD_HASH_CHARS = 16;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    PersonalDataVault vault;

    SealedCustomer seal(UUID orderId, PlaceOrder.CustomerDetails details) {
        String emailHash = emailHash(details.email());
        PersonalDataVault.Sealed sealed = vault.seal(emailHash, JSONB.toJson(details), place(orderId));
        return new SealedCustomer(sealed.keyId(), sealed.ciphertext(), emailHash,
                searchTerms(details.name() + " " + details.email()));
    }

    /** The customer of an order; empty when their data was erased. */
    Optional<PlaceOrder.CustomerDetails> open(Sealed customer) {
        return openAll(List.of(customer)).get(0);
    }

    /** {@link #open} for a page of orders at once; results in the same order. */
    List<Optional<PlaceOrder.CustomerDetails>> openAll(List<Sealed> customers) {
        return vault.openAll(customers.stream()
                        .map(customer -> new PersonalDataVault.Stored(customer.keyId(), customer.sealed(), place(customer.orderId())))
                        .toList())
                .stream().map(json -> json.map(text -> JSONB.fromJson(text, PlaceOrder.CustomerDetails.class)))
                .toList();
    }

    /** The keyed hash an order's customer is found by, and whose data key is theirs. */
    String emailHash(String email) {
        return vault.searchHash(email);
    }

    /**
     * The keyed hashes of the words of {@code text}, space-separated: what an order's customer is
     * searched by. A search matches when every word of the query is a word of the name or email.
     */
    String searchTerms(String text) {
        Set<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split(NOT_A_WORD))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return words.stream().map(word -> vault.searchHash("word " + word).substring(0, WORD_HASH_CHARS))
                .collect(Collectors.joining(" "));
    }

    /** Where a customer's sealed data belongs: it opens only there. */
    private static String place(UUID orderId) {
        return "ordering.orders " + orderId;
    }

    /** One order's sealed customer, as read from the table. */
    record Sealed(UUID orderId, UUID keyId, String sealed) {
    }
}
