package io.ordo.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The keys that protect personal data at rest in a dev stack: the master key that wraps each
 * customer's data key, and the key of the hashes that find customers by email. Generated on the
 * first start of a data folder and kept in {@value #FILE_NAME} there (owner-only), so data sealed
 * yesterday still opens today; production servers get theirs from configuration instead.
 */
public final class PrivacyKeys {

    public static final String FILE_NAME = "privacy-keys.properties";
    /** The id the dev master key goes by in {@code ordo.privacy.master-keys}. */
    public static final String MASTER_KEY_ID = "dev1";

    private static final String MASTER_KEY = "master.key";
    private static final String SEARCH_KEY = "search.key";

    private final String masterKey;
    private final String searchKey;

    private PrivacyKeys(Map<String, String> keys) {
        this.masterKey = keys.get(MASTER_KEY);
        this.searchKey = keys.get(SEARCH_KEY);
    }

    public static PrivacyKeys loadOrCreate(Path dataDirectory) {
        return new PrivacyKeys(SecretsFile.loadOrGenerate(dataDirectory.resolve(FILE_NAME),
                "Ordo dev stack keys for personal data (AES-256, base64). Losing them makes the customers"
                        + " of this data folder unreadable.",
                List.of(MASTER_KEY, SEARCH_KEY), Secrets::generateKey));
    }

    /** The value of {@code ordo.privacy.master-keys}. */
    public String masterKeys() {
        return MASTER_KEY_ID + ":" + masterKey;
    }

    /** The value of {@code ordo.privacy.search-key}. */
    public String searchKey() {
        return searchKey;
    }

    @Override
    public String toString() {
        return "PrivacyKeys[" + MASTER_KEY_ID + "]";
    }
}
