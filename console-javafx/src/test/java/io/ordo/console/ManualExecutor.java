package io.ordo.console;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/**
 * An executor that only queues tasks until the test runs them, so a test can look at a
 * view-model while its background work is still pending, and choose the order answers arrive in.
 */
public final class ManualExecutor implements Executor {

    private final ArrayDeque<Runnable> pending = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
        pending.add(task);
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Runs the oldest pending task. */
    public void runNext() {
        Runnable task = pending.poll();
        if (task == null) {
            throw new IllegalStateException("no task is pending");
        }
        task.run();
    }

    /** Runs the newest pending task first, as when a later request is answered sooner. */
    public void runLatest() {
        Runnable task = pending.pollLast();
        if (task == null) {
            throw new IllegalStateException("no task is pending");
        }
        task.run();
    }

    /** Runs pending tasks, and any they queue, until none is left. */
    public void runAll() {
        while (!pending.isEmpty()) {
            runNext();
        }
    }
}
