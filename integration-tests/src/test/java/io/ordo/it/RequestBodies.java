package io.ordo.it;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reads back the body a request was built with (the JDK's publishers can be subscribed to again). */
final class RequestBodies {

    private RequestBodies() {
    }

    /** The body as UTF-8 text, or null when the request has none. */
    static String text(HttpRequest request) {
        return request.bodyPublisher().filter(publisher -> publisher.contentLength() != 0).map(publisher -> {
            CompletableFuture<String> read = new CompletableFuture<>();
            publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
                private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    byte[] chunk = new byte[item.remaining()];
                    item.get(chunk);
                    bytes.writeBytes(chunk);
                }

                @Override
                public void onError(Throwable failure) {
                    read.completeExceptionally(failure);
                }

                @Override
                public void onComplete() {
                    read.complete(bytes.toString(StandardCharsets.UTF_8));
                }
            });
            try {
                return read.get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("could not read back the request body", e);
            }
        }).orElse(null);
    }
}
