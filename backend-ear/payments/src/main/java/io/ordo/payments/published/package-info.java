/** Payments' published language: the events it announces. */
package io.ordo.payments.published;
