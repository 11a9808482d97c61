/** The roles of Ordo's API, as they appear in the access token's groups claim. */
package io.ordo.platform.security;
