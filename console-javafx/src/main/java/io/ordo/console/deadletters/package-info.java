/** The dead letters screen (admins): parked messages, read in full, replayed or discarded. */
package io.ordo.console.deadletters;
