package io.ordo.payments.infrastructure;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Sees each gateway call from outside Fault Tolerance (a lower priority runs first, so this
 * interceptor wraps Fault Tolerance's): a call refused with {@link CircuitBreakerOpenException}
 * means that method's circuit is open; any other outcome means the call reached the gateway.
 */
@WatchedCircuit
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CircuitWatch {

    @Inject
    GatewayCircuits circuits;

    @AroundInvoke
    Object watch(InvocationContext call) throws Exception {
        String method = call.getMethod().getName();
        try {
            Object result = call.proceed();
            circuits.passed(method);
            return result;
        } catch (CircuitBreakerOpenException refused) {
            circuits.refused(method);
            throw refused;
        } catch (Exception failed) {
            circuits.passed(method);
            throw failed;
        }
    }
}
