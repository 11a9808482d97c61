/**
 * The integration event envelope that travels on the broker, and the correlation id that
 * follows a request through every event it causes.
 */
package io.ordo.platform.events;
