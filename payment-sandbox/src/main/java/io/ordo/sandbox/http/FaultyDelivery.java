package io.ordo.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import io.ordo.sandbox.behaviour.Fault;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Does the work for an exchange and sends its answer as the fault says: now, later, never, or a 503
 * instead of the work.
 *
 * <p>Delays never park a worker thread: a delayed step is scheduled on the timer and handed back to
 * the workers when due. Sixty-second {@code timeout} answers would otherwise use up the bounded
 * pool within a few requests and stall the whole gateway.
 */
final class FaultyDelivery {

    private static final System.Logger LOG = System.getLogger(FaultyDelivery.class.getName());

    private final ScheduledExecutorService timer;
    private final Executor workers;

    FaultyDelivery(ScheduledExecutorService timer, Executor workers) {
        this.timer = timer;
        this.workers = workers;
    }

    void deliver(HttpExchange exchange, Fault fault, Supplier<Response> work) {
        switch (fault.kind()) {
            case NONE, DECLINE -> send(exchange, work.get());
            case FAIL -> send(exchange, Response.problem(Problem.of(ProblemType.GATEWAY_UNAVAILABLE,
                    "Sandbox behaviour 'fail': the request was not processed", exchange.getRequestURI().getPath())));
            case SLOW -> later(exchange, fault.delay(), () -> send(exchange, work.get()));
            case TIMEOUT -> {
                Response answer = work.get();
                later(exchange, fault.delay(), () -> send(exchange, answer));
            }
            case CRASH_AFTER_COMMIT -> {
                work.get();
                // Closing an exchange that sent no headers closes the connection: the caller sees
                // the connection drop with no status line, exactly like a gateway dying mid-call.
                exchange.close();
            }
        }
    }

    void send(HttpExchange exchange, Response response) {
        try (OutputStream body = exchange.getResponseBody()) {
            response.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            body.write(response.body());
        } catch (IOException callerGone) {
            LOG.log(System.Logger.Level.DEBUG, "caller went away before its answer was sent", callerGone);
        } finally {
            exchange.close();
        }
    }

    private void later(HttpExchange exchange, Duration delay, Runnable step) {
        try {
            timer.schedule(() -> workers.execute(step), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            exchange.close();
        }
    }
}
