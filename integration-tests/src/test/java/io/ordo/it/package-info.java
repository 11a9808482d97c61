/**
 * Integration tests of the packaged Ordo server over real HTTP, against the embedded PostgreSQL,
 * broker and payment sandbox that {@link io.ordo.it.OrdoStackSession} starts once per run. Every
 * exchange they have with the API must be one the served OpenAPI document describes.
 */
package io.ordo.it;
