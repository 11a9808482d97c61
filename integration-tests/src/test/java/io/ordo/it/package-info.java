/**
 * Integration tests of the packaged Ordo server over real HTTP, against the embedded PostgreSQL,
 * broker and payment sandbox that {@link io.ordo.it.OrdoStackSession} starts once per run.
 */
package io.ordo.it;
