package io.ordo.platform.inbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * One consumer's messages between the broker and its worker: they wait here in the order they came
 * and are taken by one worker, as many as are already waiting (up to a batch), so a busy queue is
 * worked through several messages per transaction while a quiet one loses no time waiting for a batch
 * to fill. A full queue holds the broker back: the next message is accepted only once there is room.
 */
final class ConsumerQueue implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerQueue.class.getName());
    private static final long IDLE_CHECK_MS = 250;

    private final String consumer;
    private final int batchSize;
    private final Consumer<List<Message<String>>> work;
    private final BlockingQueue<Message<String>> waiting;
    /** Messages that found the queue full, each with the stage that lets the broker send the next one. */
    private final Queue<Held> held = new ArrayDeque<>();
    private volatile boolean stopped;

    private record Held(Message<String> message, CompletableFuture<Void> admitted) {
    }

    ConsumerQueue(String consumer, int batchSize, int capacity, Consumer<List<Message<String>>> work) {
        this.consumer = consumer;
        this.batchSize = batchSize;
        this.work = work;
        this.waiting = new LinkedBlockingQueue<>(capacity);
    }

    /** Completes once the message is queued; never blocks the caller (the connector's event loop). */
    synchronized CompletionStage<Void> accept(Message<String> message) {
        if (held.isEmpty() && waiting.offer(message)) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> admitted = new CompletableFuture<>();
        held.add(new Held(message, admitted));
        return admitted;
    }

    private synchronized void admitHeld() {
        while (!held.isEmpty() && waiting.offer(held.peek().message())) {
            held.poll().admitted().complete(null);
        }
    }

    /** The worker: batch after batch until stopped. */
    @Override
    public void run() {
        while (!stopped) {
            try {
                Message<String> first = waiting.poll(IDLE_CHECK_MS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Message<String>> batch = new ArrayList<>(batchSize);
                batch.add(first);
                waiting.drainTo(batch, batchSize - 1);
                admitHeld();
                work.accept(batch);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unexpected) {
                // The work settles each message itself; this is a bug, and the worker must survive it.
                LOG.log(Level.SEVERE, "Consumer " + consumer + " could not work on a batch", unexpected);
            }
        }
    }

    /** Unsettled messages are left to the broker, which delivers them again once the connection closes. */
    void stop() {
        stopped = true;
    }
}
