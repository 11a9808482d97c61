package io.ordo.cli.transfer;

import java.io.PrintWriter;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long transfers, in KiB; standard output stays for the data and the
 * report. {@link #none()} draws nothing.
 */
public final class Progress implements LongConsumer, AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    public static Progress none() {
        return new Progress(null);
    }

    /** @param totalBytes the size of the work, or -1 when it is not known (an export) */
    public static Progress of(String task, long totalBytes, PrintWriter err) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalBytes)
                .setUnit(" KiB", 1024)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .continuousUpdate()
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print('\r' + line);
                    err.flush();
                }, 79))
                .build();
        return new Progress(bar);
    }

    @Override
    public void accept(long bytes) {
        if (bar != null) {
            bar.stepTo(bytes);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
