/**
 * Failure scenarios against the whole Ordo stack as real processes — Liberty, the broker and
 * PostgreSQL killed with SIGKILL, the network to PostgreSQL stalled, the gateway failing or slow —
 * each under a storefront's load whose availability is measured ({@link io.ordo.faults.LoadRun},
 * {@link io.ordo.faults.Availability}), followed by checks that no order, payment or stock
 * movement was lost or duplicated ({@link io.ordo.faults.Invariants}), all written to a report
 * ({@link io.ordo.faults.FaultReport}). {@link io.ordo.faults.FaultStackSession} starts the stack
 * once per run.
 */
package io.ordo.faults;
