/** Reports over HTTP as JSON or CSV, and the admin's rebuild of the read models. */
package io.ordo.reporting.api;
