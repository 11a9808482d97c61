package io.ordo.client.model;

import java.util.List;
import java.util.Map;

/** The server's MicroProfile Health report: UP only when every check is UP. */
public record Health(Status status, List<Check> checks) {

    public Health {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public boolean isUp() {
        return status == Status.UP;
    }

    /** The names of the checks that are not UP, the first thing an operator looks for. */
    public List<String> failingChecks() {
        return checks.stream().filter(check -> check.status() != Status.UP).map(Check::name).toList();
    }

    /** UP or DOWN, as MicroProfile Health defines them. */
    public enum Status { UP, DOWN }

    /** One dependency the server checks (database, broker, payment gateway, ...). */
    public record Check(String name, Status status, Map<String, Object> data) {
    }
}
