/**
 * Inventory's published language: the only types other contexts may use. The catalogue service
 * answers prices synchronously; everything else is announced by the events beside it.
 */
package io.ordo.inventory.published;
