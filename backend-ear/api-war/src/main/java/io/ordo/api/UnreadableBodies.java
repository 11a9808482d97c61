package io.ordo.api;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Whatever goes wrong while a request body is read is the body's fault: a form with a broken
 * percent-escape or JSON the reader cannot make sense of is a 400 naming the media type it
 * expected, never a 500. Refusals that already say what they are (a body over the size limit)
 * pass through unchanged.
 */
@Provider
public class UnreadableBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (ProblemException | WebApplicationException refusal) {
            throw refusal;
        } catch (RuntimeException unreadable) {
            throw ProblemException.in(unreadable).orElseGet(() -> new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The body could not be read as " + context.getMediaType().getType() + "/"
                            + context.getMediaType().getSubtype()
                            + ": check its syntax and the field types, and send only the fields the API defines."));
        }
    }
}
