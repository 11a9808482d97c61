/**
 * The payment gateway sandbox: {@link io.ordo.sandbox.PaymentSandbox} starts it embedded,
 * {@link io.ordo.sandbox.Main} as its own process.
 */
package io.ordo.sandbox;
