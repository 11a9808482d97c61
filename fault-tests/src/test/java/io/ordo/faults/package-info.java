/**
 * Failure scenarios against the whole Ordo stack as real processes — broker stopped, gateway
 * failing or slow, Liberty killed with SIGKILL — each followed by checks that no order, payment or
 * stock movement was lost or duplicated. {@link io.ordo.faults.FaultStackSession} starts the stack
 * once per run.
 */
package io.ordo.faults;
