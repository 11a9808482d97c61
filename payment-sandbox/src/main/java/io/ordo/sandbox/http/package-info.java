/**
 * The sandbox's HTTP face on the JDK's {@code com.sun.net.httpserver}: routing, one resource class
 * per resource that translates between JSON and the ledger, RFC 9457 problems, and the delivery
 * that applies the decided {@link io.ordo.sandbox.behaviour.Fault} to each gateway answer.
 */
package io.ordo.sandbox.http;
