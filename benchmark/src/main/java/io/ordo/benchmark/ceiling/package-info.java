/**
 * The ceiling application: one JAX-RS resource answering a small JSON document, deployed by the
 * API benchmark next to Ordo on the same Liberty server (same features, HTTP settings, threads and
 * MP-JWT verification), so that Ordo's endpoints are measured against what that server can do at
 * all. Never part of the Ordo application.
 */
package io.ordo.benchmark.ceiling;
