package io.ordo.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts responses per endpoint and status code: {@code ordo_http_responses_total{method,
 * endpoint, status}}, so error rates (4xx, 5xx) can be read per endpoint. MicroProfile Metrics'
 * own {@code REST_request_seconds} gives the rate and latency per resource method, but counts
 * only unmapped exceptions as errors, and Ordo maps every exception to a problem+json answer.
 * The endpoint is the route template ({@code /orders/{id}}), never the concrete path, so the
 * number of series stays bounded.
 */
@Provider
public class ResponseMetrics implements ContainerResponseFilter {

    private static final Metadata RESPONSES = Metadata.builder()
            .withName("ordo.http.responses")
            .withDescription("Responses of the REST API per endpoint (route template) and status code")
            .build();
    private static final String UNMATCHED = "unmatched";

    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    /** Looked up in the registry once per series, not on every response (it showed in profiles). */
    private final Map<Series, Counter> counters = new ConcurrentHashMap<>();

    private record Series(String method, String endpoint, int status) {
    }

    @Context
    ResourceInfo resource;

    @Inject
    MetricRegistry registry;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource == null ? null : resource.getResourceMethod();
        String endpoint = method == null ? UNMATCHED : TEMPLATES.computeIfAbsent(method, ResponseMetrics::template);
        counters.computeIfAbsent(new Series(request.getMethod(), endpoint, response.getStatus()), series -> registry.counter(RESPONSES,
                new Tag("method", series.method()),
                new Tag("endpoint", series.endpoint()),
                new Tag("status", Integer.toString(series.status())))).inc();
    }

    static String template(Method method) {
        Class<?> type = method.getDeclaringClass();
        String path = join(type.isAnnotationPresent(Path.class) ? type.getAnnotation(Path.class).value() : "",
                method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
        return path.isEmpty() ? "/" : path;
    }

    private static String join(String first, String second) {
        String joined = ("/" + first + "/" + second).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
