package io.ordo.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    private static Span sampled() {
        return Span.wrap(SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault()));
    }

    @Test
    void work_outside_any_span_carries_no_traceparent() {
        assertThat(TraceContext.currentTraceparent()).isNull();
    }

    @Test
    void the_current_span_is_written_as_a_w3c_traceparent() {
        try (Scope scope = sampled().makeCurrent()) {
            assertThat(TraceContext.currentTraceparent()).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");
        }
    }

    @Test
    void a_traceparent_read_back_is_the_remote_parent_of_the_next_span() {
        SpanContext parent = Span.fromContext(TraceContext.parentFrom("00-" + TRACE + "-" + SPAN + "-01")).getSpanContext();
        assertThat(parent.isValid()).isTrue();
        assertThat(parent.isRemote()).isTrue();
        assertThat(parent.getTraceId()).isEqualTo(TRACE);
        assertThat(parent.getSpanId()).isEqualTo(SPAN);
    }

    @Test
    void a_missing_or_malformed_traceparent_starts_a_new_trace() {
        assertThat(Span.fromContext(TraceContext.parentFrom(null)).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(TraceContext.parentFrom("00-not-a-trace")).getSpanContext().isValid()).isFalse();
    }

    @Test
    void work_handed_to_another_thread_keeps_the_callers_span() throws InterruptedException {
        AtomicReference<String> seen = new AtomicReference<>();
        Runnable carried;
        try (Scope scope = sampled().makeCurrent()) {
            carried = TraceContext.carried(() -> seen.set(TraceContext.currentTraceparent()));
        }
        Thread other = new Thread(carried);
        other.start();
        other.join();
        assertThat(seen.get()).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");
    }
}
