package io.ordo.devstack;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * What a stack has started, newest first, so that closing stops it in reverse order. Safe to
 * close more than once and from a shutdown hook while pieces are still starting: a piece added
 * after closing began is stopped by the next {@link #close()}.
 */
public final class StartedPieces implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Consumer<String> progress;
    private volatile boolean closing;

    /** @param progress told about a piece that could not be stopped */
    public StartedPieces(Consumer<String> progress) {
        this.progress = progress;
    }

    public void add(AutoCloseable piece) {
        synchronized (started) {
            started.push(piece);
        }
    }

    /** Whether {@link #close()} was called: starting more is pointless. */
    public boolean closing() {
        return closing;
    }

    @Override
    public void close() {
        closing = true;
        while (true) {
            AutoCloseable piece;
            synchronized (started) {
                piece = started.poll();
            }
            if (piece == null) {
                return;
            }
            try {
                piece.close();
            } catch (Exception e) {
                progress.accept("could not stop " + piece + ": " + e);
            }
        }
    }
}
