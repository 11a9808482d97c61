/**
 * The web module's own few classes: the JAX-RS application at {@code /api/v1} with its security
 * and OpenAPI metadata, and the filters every request passes. Resources live in the contexts.
 */
package io.ordo.api;
