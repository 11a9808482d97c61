package io.ordo.identity.domain;

import java.util.Optional;

/** Where users and storefront clients are kept. */
public interface Accounts {

    Optional<StaffUser> user(String username);

    Optional<StorefrontClient> client(String clientId);

    java.util.List<StaffUser> users();

    java.util.List<StorefrontClient> clients();

    void add(StaffUser user);

    void add(StorefrontClient client);
}
