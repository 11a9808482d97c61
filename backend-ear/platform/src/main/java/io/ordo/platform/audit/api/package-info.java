/** The admin resource that reads the audit log. */
package io.ordo.platform.audit.api;
