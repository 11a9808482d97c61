package io.ordo.reporting.domain;

/**
 * Two writers projected the first facts about the same order or product at the same time (two
 * servers consuming one queue); the one that lost must start over from what the winner stored.
 */
public class ConcurrentProjectionException extends RuntimeException {

    public ConcurrentProjectionException(String message) {
        super(message);
    }
}
