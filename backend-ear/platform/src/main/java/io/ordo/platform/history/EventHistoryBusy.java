package io.ordo.platform.history;

/**
 * The transactions writing events did not all end within the time allowed, so no settled
 * position could be given; the caller's transaction is lost and it should try again later.
 */
public class EventHistoryBusy extends RuntimeException {

    public EventHistoryBusy(String message, Throwable cause) {
        super(message, cause);
    }
}
