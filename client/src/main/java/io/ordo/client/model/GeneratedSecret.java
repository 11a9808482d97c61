package io.ordo.client.model;

/**
 * A password or client secret the server generated, in the one answer that ever shows it: the
 * server keeps only a hash, so it must be handed on now.
 *
 * @param account the username or client id it belongs to
 * @param note the server's reminder that it is shown once
 */
public record GeneratedSecret(String account, String secret, String note) {

    /** Never the secret itself, so it does not leak into logs by accident. */
    @Override
    public String toString() {
        return "GeneratedSecret[account=" + account + ", secret=(hidden)]";
    }
}
