/**
 * What lets an operator follow the work: the W3C trace context carried from a request into the
 * events it causes, the correlation and trace ids on every log record, and the started check.
 */
package io.ordo.platform.observability;
