package io.ordo.platform.observability;

import io.ordo.platform.events.Correlation;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts the correlation id, trace id and span id of the work at hand on every log record written
 * while a request or an event is handled: Liberty's JSON logs show them as {@code ext_correlationId},
 * {@code ext_traceId} and {@code ext_spanId}. They are Liberty log record extensions
 * ({@code com.ibm.websphere.logging.hpel.LogRecordContext}, an IBM API every application sees),
 * read when a record is written, so nothing has to be set or cleared per request.
 *
 * <p>That API is not published to Maven repositories, so it is reached by reflection; on another
 * server (or in unit tests) it is missing and the logs simply go without the fields.
 */
@ApplicationScoped
public class LogFields {

    /** Before the migrations, whose log records come first. */
    public static final int START_PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(LogFields.class.getName());
    private static final String LOG_RECORD_CONTEXT = "com.ibm.websphere.logging.hpel.LogRecordContext";

    private static final Map<String, Supplier<String>> FIELDS = Map.of(
            "correlationId", Correlation::currentIfAny,
            "traceId", () -> idAt(0),
            "spanId", () -> idAt(1));

    /** Liberty keeps registered extensions only weakly: these references keep them alive. */
    private final List<Object> registered = new ArrayList<>();
    private Method unregister;

    void register(@Observes @Priority(START_PRIORITY) Startup startup) {
        try {
            Class<?> context = Class.forName(LOG_RECORD_CONTEXT, true, LogFields.class.getClassLoader());
            Class<?> extension = Class.forName(LOG_RECORD_CONTEXT + "$Extension", true, LogFields.class.getClassLoader());
            Method register = context.getMethod("registerExtension", String.class, extension);
            unregister = context.getMethod("unregisterExtension", String.class);
            for (Map.Entry<String, Supplier<String>> field : FIELDS.entrySet()) {
                Object value = Proxy.newProxyInstance(extension.getClassLoader(), new Class<?>[] {extension},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "getValue" -> field.getValue().get();
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> "log field " + field.getKey();
                        });
                register.invoke(null, field.getKey(), value);
                registered.add(value);
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.log(Level.INFO, "Log records go without correlation and trace ids: " + LOG_RECORD_CONTEXT
                    + " is not available ({0})", e.toString());
        }
    }

    @PreDestroy
    void unregister() {
        if (unregister == null) {
            return;
        }
        for (String field : FIELDS.keySet()) {
            try {
                unregister.invoke(null, field);
            } catch (ReflectiveOperationException e) {
                LOG.log(Level.FINE, "log field not unregistered", e);
            }
        }
        registered.clear();
    }

    private static String idAt(int index) {
        List<String> ids = TraceContext.currentIds();
        return ids.isEmpty() ? null : ids.get(index);
    }
}
