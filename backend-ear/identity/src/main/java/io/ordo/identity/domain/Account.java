package io.ordo.identity.domain;

import java.util.Set;

/** Something that can hold an access token: a staff user or a storefront client. */
public interface Account {

    /** The token subject: a username or a client id. */
    String subject();

    Set<String> roles();

    boolean enabled();

    String secretHash();
}
