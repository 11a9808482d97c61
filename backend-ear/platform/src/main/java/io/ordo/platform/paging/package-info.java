/** Keyset (cursor) pagination shared by every list of the API. */
package io.ordo.platform.paging;
