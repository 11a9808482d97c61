/**
 * How badly the sandbox behaves: the global mode set through {@code /sandbox/behaviour} or at start,
 * the per-request {@code Sandbox-Behaviour} header, and the {@link io.ordo.sandbox.behaviour.Fault}
 * decided for each gateway request from them.
 */
package io.ordo.sandbox.behaviour;
