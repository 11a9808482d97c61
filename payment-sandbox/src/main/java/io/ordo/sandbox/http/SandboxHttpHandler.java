package io.ordo.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.ordo.sandbox.behaviour.Fault;
import io.ordo.sandbox.behaviour.FaultPolicy;
import io.ordo.sandbox.ledger.PaymentLedger;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's single HTTP handler. Requests to the gateway API ({@code /v1}) are counted and get
 * a fault decided for them before any work; requests to the control API ({@code /sandbox}) are
 * always served normally, so a test can heal a gateway it broke.
 */
public final class SandboxHttpHandler implements HttpHandler {

    static final String BEHAVIOUR_HEADER = "Sandbox-Behaviour";

    private final Router router;
    private final FaultPolicy faults;
    private final FaultyDelivery delivery;
    private final AtomicLong gatewayRequests = new AtomicLong();

    /**
     * @param timer   schedules delayed answers
     * @param workers the server's own pool, to which delayed steps return
     */
    public SandboxHttpHandler(PaymentLedger ledger, FaultPolicy faults, ScheduledExecutorService timer, Executor workers) {
        this.faults = faults;
        this.delivery = new FaultyDelivery(timer, workers);
        PaymentCollectionResource payments = new PaymentCollectionResource(ledger);
        PaymentResource payment = new PaymentResource(ledger);
        BehaviourResource behaviour = new BehaviourResource(faults);
        SandboxResource sandbox = new SandboxResource(ledger, faults, gatewayRequests);
        this.router = new Router()
                .add("POST", "/v1/payments", payments::open)
                .add("GET", "/v1/payments", payments::findByIdempotencyKey)
                .add("GET", "/v1/payments/{id}", payment::find)
                .add("POST", "/v1/payments/{id}/capture", payment::capture)
                .add("POST", "/v1/payments/{id}/void", payment::voidAuthorization)
                .add("POST", "/v1/payments/{id}/refunds", payment::refund)
                .add("GET", "/sandbox/behaviour", behaviour::show)
                .add("PUT", "/sandbox/behaviour", behaviour::change)
                .add("POST", "/sandbox/reset", sandbox::reset)
                .add("GET", "/sandbox/stats", sandbox::stats);
    }

    @Override
    public void handle(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        Fault fault = Fault.none();
        if (path.equals("/v1") || path.startsWith("/v1/")) {
            gatewayRequests.incrementAndGet();
            try {
                fault = faults.decide(exchange.getRequestHeaders().getFirst(BEHAVIOUR_HEADER));
            } catch (IllegalArgumentException e) {
                delivery.send(exchange, Response.problem(Problem.of(ProblemType.INVALID_SANDBOX_BEHAVIOUR, e.getMessage(), path)));
                return;
            }
        }
        boolean declineRequested = fault.kind() == Fault.Kind.DECLINE;
        delivery.deliver(exchange, fault, () -> answer(exchange, declineRequested));
    }

    private Response answer(HttpExchange exchange, boolean declineRequested) {
        Request request;
        try {
            request = Request.read(exchange, declineRequested);
        } catch (IOException e) {
            return Response.problem(Problem.of(ProblemType.INVALID_REQUEST,
                    "the request body could not be read: " + e.getMessage(), exchange.getRequestURI().getPath()));
        }
        return router.dispatch(request);
    }
}
