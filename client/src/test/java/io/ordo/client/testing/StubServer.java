package io.ordo.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on a free loopback port that answers each method and path with a recorded
 * response. It stands in for the Ordo backend in protocol-level tests; the same calls against the
 * real server run in the integration suite ({@code integration-tests/}).
 */
public final class StubServer implements AutoCloseable {

    static {
        // The JDK server otherwise waits on Nagle and delayed ACKs: 40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stub-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Function<RecordedRequest, StubResponse>> routes = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static StubServer start() {
        try {
            return new StubServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A URL on which nothing listens, for "server down" tests. */
    public static URI unreachableUri() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers every {@code method path} request with the same response. */
    public StubServer respond(String method, String path, StubResponse response) {
        return respond(method, path, request -> response);
    }

    /** Answers {@code method path} requests with what {@code responder} makes of each. */
    public StubServer respond(String method, String path, Function<RecordedRequest, StubResponse> responder) {
        routes.put(method + " " + path, responder);
        return this;
    }

    /** Accepts {@code method path} requests and never answers them, until the server closes. */
    public StubServer hang(String method, String path) {
        return respond(method, path, request -> {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StubResponse.json(503, "{}");
        });
    }

    /**
     * A password grant that succeeds for {@code username}/{@code password} and refuses anything
     * else; the server's public keys answer too, as clients read them to check the connection.
     */
    public StubServer acceptPassword(String username, String password, String accessToken) {
        answerPublicKeys();
        return respond("POST", "/api/v1/oauth/token", request -> {
            Map<String, String> form = request.form();
            boolean valid = "password".equals(form.get("grant_type"))
                    && username.equals(form.get("username")) && password.equals(form.get("password"));
            return valid
                    ? StubResponse.json(200, "{\"access_token\":\"" + accessToken
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":900}")
                    : StubResponse.json(400, "{\"error\":\"invalid_grant\","
                            + "\"error_description\":\"Invalid username or password\"}");
        });
    }

    /** {@code GET /api/v1/oauth/jwks}, the one API call that needs no token. */
    public StubServer answerPublicKeys() {
        return respond("GET", "/api/v1/oauth/jwks", StubResponse.json(200, "{\"keys\":[]}"));
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests sent to {@code path}, in order. */
    public List<RecordedRequest> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = record(exchange);
            requests.add(request);
            Function<RecordedRequest, StubResponse> route = routes.get(request.method() + " " + request.path());
            StubResponse response = route != null ? route.apply(request)
                    : StubResponse.problem(404, "{\"type\":\"https://ordo.dev/problems/not-found\",\"title\":\"Not Found\","
                            + "\"status\":404,\"detail\":\"The stub has no route for " + request.path() + "\"}");
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        URI uri = exchange.getRequestURI();
        return new RecordedRequest(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), Map.copyOf(headers), body);
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
