package io.ordo.it;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A real OTLP/HTTP trace receiver in the test JVM, standing in for an OpenTelemetry collector:
 * the server exports its spans here ({@code http/protobuf}), and tests read what arrived.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One span as received, ids in lowercase hex as in a traceparent. */
    record ReceivedSpan(String traceId, String spanId, String parentSpanId, String name, Span.SpanKind kind,
                        Map<String, String> attributes) {
    }

    private static volatile OtlpReceiver running;

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    /** Starts the receiver the whole run shares, on a free port. */
    static OtlpReceiver start() {
        // The JDK's server otherwise waits on delayed ACKs (Nagle) for every answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(http);
            http.createContext("/v1/traces", receiver::traces);
            // Should metrics or logs be exported too, they are accepted and ignored.
            http.createContext("/", exchange -> answer(exchange, 200, new byte[0]));
            http.start();
            running = receiver;
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("the OTLP receiver did not start", e);
        }
    }

    static OtlpReceiver running() {
        if (running == null) {
            throw new IllegalStateException("no OTLP receiver: run the integration tests through Maven");
        }
        return running;
    }

    /** The base URL to give as {@code otel.exporter.otlp.endpoint}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void traces(HttpExchange exchange) throws IOException {
        try (InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resource : request.getResourceSpansList()) {
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (Span span : scope.getSpansList()) {
                        spans.add(new ReceivedSpan(hex(span.getTraceId()), hex(span.getSpanId()),
                                hex(span.getParentSpanId()), span.getName(), span.getKind(), attributes(span.getAttributesList())));
                    }
                }
            }
            answer(exchange, 200, ExportTraceServiceResponse.getDefaultInstance().toByteArray());
        } catch (IOException | RuntimeException e) {
            answer(exchange, 400, new byte[0]);
        }
    }

    private static Map<String, String> attributes(List<KeyValue> values) {
        return values.stream().collect(Collectors.toMap(KeyValue::getKey, value -> switch (value.getValue().getValueCase()) {
            case STRING_VALUE -> value.getValue().getStringValue();
            case INT_VALUE -> Long.toString(value.getValue().getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getValue().getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getValue().getDoubleValue());
            default -> value.getValue().toString();
        }, (first, second) -> second));
    }

    private static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        running = null;
    }
}
