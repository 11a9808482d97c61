package io.ordo.ordering.domain;

/** What can happen to an order: each is a transition in {@link OrderLifecycle}. */
public enum OrderAction {
    VALIDATE, FAIL, RESERVE, PAY, EXPIRE, CANCEL, SHIP, RETRY;

    /** The word used in messages, e.g. "cancel". */
    public String verb() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
