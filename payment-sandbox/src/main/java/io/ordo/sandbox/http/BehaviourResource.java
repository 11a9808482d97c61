package io.ordo.sandbox.http;

import io.ordo.sandbox.behaviour.Behaviour;
import io.ordo.sandbox.behaviour.FaultPolicy;
import io.ordo.sandbox.behaviour.Mode;
import java.time.Duration;
import java.util.Set;

/** {@code /sandbox/behaviour}: shows and replaces the global behaviour. */
final class BehaviourResource {

    private static final Set<String> FIELDS = Set.of("mode", "delayMs", "failureRate", "seed");

    private final FaultPolicy faults;

    BehaviourResource(FaultPolicy faults) {
        this.faults = faults;
    }

    record BehaviourView(String mode, long delayMs, double failureRate, long seed) {

        static BehaviourView of(Behaviour behaviour) {
            return new BehaviourView(behaviour.mode().wireName(), behaviour.delay().toMillis(),
                    behaviour.failureRate(), behaviour.seed());
        }
    }

    Response show(Request request) {
        return Response.json(200, BehaviourView.of(faults.current()));
    }

    /** {@code PUT}: a whole new behaviour; fields left out take their defaults, the seed a random one. */
    Response change(Request request) {
        JsonBody body = JsonBody.required(request).allowOnly(FIELDS);
        Behaviour next;
        try {
            next = new Behaviour(
                    Mode.parse(body.requiredString("mode")),
                    body.optionalLong("delayMs").map(Duration::ofMillis).orElse(Behaviour.DEFAULT_DELAY),
                    body.optionalNumber("failureRate").orElse(Behaviour.DEFAULT_FAILURE_RATE),
                    body.optionalLong("seed").orElseGet(Behaviour::randomSeed));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, e.getMessage());
        }
        faults.change(next);
        return Response.json(200, BehaviourView.of(next));
    }
}
