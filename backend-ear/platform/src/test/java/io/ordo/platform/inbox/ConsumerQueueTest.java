package io.ordo.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsumerQueueTest {

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstBatchStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirstBatch = new CountDownLatch(1);
    private Thread worker;
    private ConsumerQueue queue;

    /** A worker whose first batch waits until the test releases it, so that others pile up meanwhile. */
    private void start(int batchSize, int capacity) {
        queue = new ConsumerQueue("test", batchSize, capacity, batch -> {
            batches.add(batch.stream().map(Message::getPayload).toList());
            firstBatchStarted.countDown();
            holdUntil(releaseFirstBatch);
        });
        worker = new Thread(queue, "consumer-queue-test");
        worker.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        releaseFirstBatch.countDown();
        queue.stop();
        worker.join(5_000);
    }

    @Test
    void a_message_alone_is_worked_on_at_once_and_those_that_arrive_meanwhile_go_together_in_their_order() throws Exception {
        start(10, 100);
        queue.accept(Message.of("1"));
        assertThat(firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 2; i <= 5; i++) {
            queue.accept(Message.of(String.valueOf(i)));
        }
        releaseFirstBatch.countDown();

        await().atMost(5, TimeUnit.SECONDS).until(() -> batches.size() == 2);
        assertThat(batches).containsExactly(List.of("1"), List.of("2", "3", "4", "5"));
    }

    @Test
    void a_batch_never_exceeds_its_size() throws Exception {
        start(2, 100);
        queue.accept(Message.of("1"));
        assertThat(firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 2; i <= 6; i++) {
            queue.accept(Message.of(String.valueOf(i)));
        }
        releaseFirstBatch.countDown();

        await().atMost(5, TimeUnit.SECONDS).until(() -> batches.size() == 4);
        assertThat(batches).containsExactly(List.of("1"), List.of("2", "3"), List.of("4", "5"), List.of("6"));
    }

    @Test
    void a_full_queue_holds_the_broker_back_until_there_is_room_and_keeps_the_order() throws Exception {
        start(10, 2);
        queue.accept(Message.of("1"));
        assertThat(firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletionStage<Void> second = queue.accept(Message.of("2"));
        CompletionStage<Void> third = queue.accept(Message.of("3"));
        CompletionStage<Void> fourth = queue.accept(Message.of("4"));

        assertThat(second.toCompletableFuture()).isCompleted();
        assertThat(third.toCompletableFuture()).isCompleted();
        assertThat(fourth.toCompletableFuture()).as("no room: the broker must wait").isNotCompleted();

        releaseFirstBatch.countDown();
        fourth.toCompletableFuture().get(5, TimeUnit.SECONDS);
        await().atMost(5, TimeUnit.SECONDS)
                .until(() -> batches.stream().mapToInt(List::size).sum() == 4);
        assertThat(batches.stream().flatMap(List::stream).toList()).containsExactly("1", "2", "3", "4");
    }

    private static void holdUntil(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
