/**
 * Identity and access: who may call Ordo. Staff and admin users sign in with a password,
 * storefronts with client credentials; both receive short-lived RS256 access tokens.
 */
package io.ordo.identity;
