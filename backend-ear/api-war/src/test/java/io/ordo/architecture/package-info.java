/** The architecture of the backend, stated as tests over its compiled classes. */
package io.ordo.architecture;
