package io.ordo.sandbox.http;

/** Handles one route: works out the answer, which the delivery then sends (or, under a fault, not). */
@FunctionalInterface
interface Handler {

    /** @throws ProblemException to answer with a problem */
    Response handle(Request request);
}
