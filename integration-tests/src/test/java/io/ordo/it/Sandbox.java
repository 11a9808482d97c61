package io.ordo.it;

import java.net.http.HttpRequest;
import java.util.Map;

/** Tells the payment sandbox how to behave, as a test of a slow or failing gateway needs. */
final class Sandbox {

    private Sandbox() {
    }

    static void behave(Map<String, Object> behaviour) {
        Http.Reply reply = Http.send(HttpRequest.newBuilder(Http.sandbox("/sandbox/behaviour"))
                .header("Content-Type", "application/json").PUT(Http.json(behaviour)));
        if (reply.status() != 200) {
            throw new AssertionError("the sandbox refused the behaviour " + behaviour + ": " + reply);
        }
    }

    static void normal() {
        behave(Map.of("mode", "normal"));
    }

    static int count(String kind, String orderId) {
        var counts = Http.send(Http.get(Http.sandbox("/sandbox/stats"))).json().get(kind);
        return counts == null || counts.get(orderId) == null ? 0 : counts.get(orderId).asInt();
    }
}
