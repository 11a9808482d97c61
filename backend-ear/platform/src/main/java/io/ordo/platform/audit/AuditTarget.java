package io.ordo.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * What a request acted on, when its path does not say it (e.g. an erasure, whose subject is in
 * the body and must not be logged in clear): set by the application, written to the audit log.
 */
@RequestScoped
public class AuditTarget {

    private String name;

    public void name(String name) {
        this.name = name;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }
}
