package io.ordo.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C {@code traceparent} of the current span, written into every event's envelope, and the
 * parent context read back from it by the consumers, so that the spans of an order's events
 * belong to the trace of the request that placed it. Uses the OpenTelemetry API of the server
 * (mpTelemetry); without a valid current span (tracing off) there is nothing to carry.
 */
public final class TraceContext {

    static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContext() {
    }

    /** The current span as a W3C traceparent, or null when no span is being recorded. */
    public static String currentTraceparent() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** The context to start a span under: the remote parent of a traceparent, or the root if it is absent or malformed. */
    public static Context parentFrom(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(TRACEPARENT, traceparent), FROM_MAP);
    }

    /** The work, to run on another thread in the current trace context (the caller's span as parent). */
    public static Runnable carried(Runnable work) {
        return Context.current().wrap(work);
    }

    /** The trace id and span id of the current span, if one is being recorded. */
    static List<String> currentIds() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? List.of(span.getTraceId(), span.getSpanId()) : List.of();
    }
}
