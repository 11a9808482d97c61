package io.ordo.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every integration test: Arquillian deploys the built ear, unchanged, to the Liberty
 * server the build assembled, and the tests talk to it over HTTP only.
 */
@ExtendWith(ArquillianExtension.class)
abstract class PackagedServer {

    @Deployment(testable = false)
    static EnterpriseArchive ordo() {
        return Stack.ear();
    }
}
