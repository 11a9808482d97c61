/** The append-only audit log of what staff and admins did through the API. */
package io.ordo.platform.audit;
