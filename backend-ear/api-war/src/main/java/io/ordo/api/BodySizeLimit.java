package io.ordo.api;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.web.BodyLimit;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over the limit with 413 before they are read into memory: at once when
 * Content-Length says so, or as soon as a body sent without one (chunked) goes past the limit.
 * The limit is {@code ordo.api.max-body-bytes}, or the resource method's {@link BodyLimit}.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    @ConfigProperty(name = "ordo.api.max-body-bytes", defaultValue = "262144")
    long defaultLimit;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitFor(resource.getResourceMethod());
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    private long limitFor(Method method) {
        if (method == null) {
            return defaultLimit;
        }
        BodyLimit declared = method.getAnnotation(BodyLimit.class);
        if (declared == null) {
            declared = method.getDeclaringClass().getAnnotation(BodyLimit.class);
        }
        if (declared == null) {
            return defaultLimit;
        }
        return declared.property().isEmpty() ? declared.bytes()
                : ConfigProvider.getConfig().getOptionalValue(declared.property(), Long.class).orElse(declared.bytes());
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than this operation accepts (" + limit + " bytes).");
    }

    /** Counts what is read and stops the read that goes past the limit. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
