package io.ordo.identity.domain;

import java.util.Optional;

/** Where users and storefront clients are kept. */
public interface Accounts {

    Optional<StaffUser> user(String username);

    Optional<StorefrontClient> client(String clientId);

    void add(StaffUser user);

    void add(StorefrontClient client);
}
