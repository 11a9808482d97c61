package io.ordo.payments.domain;

/** The next call a payment needs at the gateway to reach its outcome. */
public enum GatewayStep {
    /** Ask what the gateway did with a call whose answer was lost, then carry on from there. */
    LOOK_UP,
    /** Authorize and capture in one call (a sale): the first call of a payment still wanted. */
    CHARGE,
    /** Authorize only, for a payment no longer wanted before its first call was known to be made: then void it. */
    AUTHORIZE,
    CAPTURE,
    /** Release an authorization that is no longer wanted. */
    VOID,
    /** Give back money captured for an order that is no longer wanted. */
    REFUND,
    /** Nothing to do: the outcome is reached. */
    NONE
}
