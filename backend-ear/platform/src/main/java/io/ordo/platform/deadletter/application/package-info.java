/** What admins do with dead letters: list and read them, replay them through their consumer, or discard them. */
package io.ordo.platform.deadletter.application;
