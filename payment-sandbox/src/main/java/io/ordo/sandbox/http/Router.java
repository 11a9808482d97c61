package io.ordo.sandbox.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the handler for a method and path and turns whatever it throws into a problem response, so
 * that every answer, even a bug's, is problem+json.
 */
final class Router {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, Handler handler) {
        routes.add(new Route(method, PathTemplate.parse(template), handler));
        return this;
    }

    Response dispatch(Request request) {
        try {
            return route(request);
        } catch (ProblemException problem) {
            return problem(problem.type(), problem.getMessage(), request);
        } catch (RuntimeException bug) {
            LOG.log(System.Logger.Level.ERROR, "failed on " + request.method() + " " + request.path(), bug);
            return problem(ProblemType.INTERNAL_ERROR, "the sandbox failed on this request; see its log", request);
        }
    }

    private Response route(Request request) {
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.template().match(request.path());
            if (parameters.isPresent()) {
                if (route.method().equals(request.method())) {
                    return route.handler().handle(request.withPathParameters(parameters.get()));
                }
                allowed.add(route.method());
            }
        }
        if (allowed.isEmpty()) {
            return problem(ProblemType.NOT_FOUND, "no resource at " + request.path(), request);
        }
        return problem(ProblemType.METHOD_NOT_ALLOWED,
                request.method() + " is not allowed on " + request.path(), request)
                .withHeader("Allow", String.join(", ", allowed));
    }

    private static Response problem(ProblemType type, String detail, Request request) {
        return Response.problem(Problem.of(type, detail, request.path()));
    }

    private record Route(String method, PathTemplate template, Handler handler) {
    }
}
