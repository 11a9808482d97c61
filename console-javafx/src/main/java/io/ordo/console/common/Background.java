package io.ordo.console.common;

import io.ordo.client.ApiException;
import io.ordo.client.ErrorKind;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * How view-models reach the server without freezing the screen: the call runs on the IO
 * executor, its outcome is handed over on the UI executor. A refused session (the server no longer
 * accepts the token and its refresh token) is reported once more, to whoever signs people in again.
 */
public final class Background {

    private final Executor io;
    private final Executor ui;
    private final Runnable onSessionEnded;

    public Background(Executor io, Executor ui) {
        this(io, ui, () -> { });
    }

    /**
     * @param io             runs the blocking server calls
     * @param ui             publishes outcomes where the screens may read them
     * @param onSessionEnded run on the UI executor after a call failed because the session ended
     */
    public Background(Executor io, Executor ui, Runnable onSessionEnded) {
        this.io = io;
        this.ui = ui;
        this.onSessionEnded = onSessionEnded;
    }

    /** Runs {@code call} off the UI thread, then {@code done} or {@code failed} on it. */
    public <T> void call(Callable<T> call, Consumer<T> done, Consumer<Throwable> failed) {
        try {
            io.execute(() -> run(call, done, failed));
        } catch (RejectedExecutionException closing) {
            // The application is shutting down: a timer's last call has nowhere to go, and no one to tell.
        }
    }

    private <T> void run(Callable<T> call, Consumer<T> done, Consumer<Throwable> failed) {
        T result;
        try {
            result = call.call();
        } catch (Exception failure) {
            ui.execute(() -> {
                failed.accept(failure);
                if (failure instanceof ApiException api && api.kind() == ErrorKind.AUTHENTICATION) {
                    onSessionEnded.run();
                }
            });
            return;
        }
        ui.execute(() -> done.accept(result));
    }

    /** Runs {@code task} on the UI executor. */
    public void onUi(Runnable task) {
        ui.execute(task);
    }
}
