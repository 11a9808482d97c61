/**
 * Personal data kept unreadable at rest: every data subject (a customer) has a data key of their
 * own, wrapped by a master key from configuration; data is sealed with AES-256-GCM and the key id
 * is stored beside it; destroying a subject's data key erases their data everywhere at once
 * (crypto-shredding); a keyed hash allows exact search without decrypting anything.
 */
package io.ordo.platform.privacy;
