package io.ordo.platform.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The application's tracer (mpTelemetry's), obtained once at start-up. The server produces it
 * from the application's metadata, which the messaging threads lack: a tracer first asked for
 * on a consumer's thread fails there, so consumers take this one.
 */
@ApplicationScoped
public class Tracing {

    @Inject
    Instance<Tracer> tracers;

    private volatile Tracer tracer;

    void resolve(@Observes @Priority(LogFields.START_PRIORITY) Startup startup) {
        tracer = tracers.get();
    }

    /** The tracer; a no-op one before start-up has obtained the real one. */
    public Tracer tracer() {
        Tracer resolved = tracer;
        return resolved != null ? resolved : OpenTelemetry.noop().getTracer("io.ordo");
    }
}
