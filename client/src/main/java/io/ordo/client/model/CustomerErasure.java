package io.ordo.client.model;

/**
 * What erasing a customer did.
 *
 * @param subject           a prefix of the keyed hash of the customer's email, as the audit log names the erasure
 * @param dataKeysDestroyed 1 when the customer had personal data on record, 0 when there was nothing left to erase
 * @param ordersAffected    the orders whose customer now reads as erased
 */
public record CustomerErasure(String subject, int dataKeysDestroyed, int ordersAffected) {
}
