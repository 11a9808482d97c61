/** HTTP conventions that resources declare and the REST layer enforces, such as body size limits. */
package io.ordo.platform.web;
