/** The users and storefront clients screens (admins): list, create, disable, enable, reset the password or secret. */
package io.ordo.console.accounts;
