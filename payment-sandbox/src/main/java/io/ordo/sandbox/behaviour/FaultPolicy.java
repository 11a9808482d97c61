package io.ordo.sandbox.behaviour;

import java.util.Random;

/**
 * Decides the fault for each gateway request: the request's own {@code Sandbox-Behaviour} header
 * if it has one, otherwise the global behaviour. Thread-safe.
 *
 * <p>In {@link Mode#FLAKY}, each request that follows the global behaviour draws
 * {@code random.nextDouble() < failureRate} from a {@link Random} seeded when the behaviour was
 * set, so the same seed and the same sequence of requests fail the same requests.
 */
public final class FaultPolicy {

    private Behaviour behaviour;
    private Random random;

    public FaultPolicy(Behaviour initial) {
        change(initial);
    }

    public synchronized Behaviour current() {
        return behaviour;
    }

    public synchronized void change(Behaviour next) {
        behaviour = next;
        random = new Random(next.seed());
    }

    /**
     * @param header the request's {@code Sandbox-Behaviour} header, or null
     * @throws IllegalArgumentException if the header is not one the sandbox understands
     */
    public synchronized Fault decide(String header) {
        if (header != null) {
            return Fault.fromHeader(header);
        }
        return switch (behaviour.mode()) {
            case NORMAL -> Fault.none();
            case SLOW -> new Fault(Fault.Kind.SLOW, behaviour.delay());
            case FAIL -> Fault.of(Fault.Kind.FAIL);
            case FLAKY -> random.nextDouble() < behaviour.failureRate() ? Fault.of(Fault.Kind.FAIL) : Fault.none();
            case TIMEOUT -> new Fault(Fault.Kind.TIMEOUT, Fault.TIMEOUT_HOLD);
        };
    }
}
