package io.ordo.inventory.application;

import java.util.OptionalLong;

/**
 * A change of stock by hand, as asked: signed {@code change}, a required reason, an optional
 * note, and the level version it was decided on (empty: whatever the level is now).
 */
public record Adjustment(String sku, int change, String reason, String note, String actor, OptionalLong expectedVersion) {
}
