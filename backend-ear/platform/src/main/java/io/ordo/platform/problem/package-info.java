/**
 * RFC 9457 problem details: the one error format of the API, with a stable type URI per kind of
 * error, and the exception mappers that turn every failure into one (never a stack trace).
 */
package io.ordo.platform.problem;
