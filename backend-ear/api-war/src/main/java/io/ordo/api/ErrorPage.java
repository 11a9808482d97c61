package io.ordo.api;

import io.ordo.platform.problem.Problem;
import io.ordo.platform.problem.ProblemType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer for every error the web container produces itself inside the application, outside
 * the REST layer: an unknown path outside {@code /api/v1}, a request URI it refuses (an encoded
 * slash), an exception nothing mapped. It is problem+json like the API's own errors,
 * with the status only: Liberty's page would name the exception, the class and method that threw
 * it and a message id. web.xml makes it the default error page.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly rather than as an error page, this path is just one that does not exist.
        int status = code instanceof Integer number && number >= 400 ? number : HttpServletResponse.SC_NOT_FOUND;
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case HttpServletResponse.SC_BAD_REQUEST ->
                    "The request could not be read: check the path and its percent-encoding (an encoded slash %2F is refused).";
            case HttpServletResponse.SC_NOT_FOUND -> "No resource at this path; the API is under /api/v1.";
            default -> status >= 500 ? "Something went wrong on our side. It has been logged." : type.title() + ".";
        };
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(new Problem(Problem.of(type, detail).type(), type.title(), status, detail,
                null, null)));
    }
}
