package io.ordo.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads CPU time and memory of processes from Linux's /proc: the Liberty server, PostgreSQL (the
 * postmaster, its live backends and those it has reaped), this JVM (which runs the embedded broker
 * and the payment sandbox), the load tools it ran (wrk and pgbench: its reaped children, counted
 * once they have exited) and the whole machine, so each
 * phase of a benchmark can say who used the cores. Liberty's resident memory is sampled in the
 * background and the peak of each phase kept.
 */
final class ProcessSampler implements AutoCloseable {

    /** CPU ticks consumed so far, read at one instant. */
    record Reading(long nanos, long liberty, long postgres, long benchmark, long loadTools, long machineBusy) {
    }

    /** What one phase used, in cores (1.0 = one core busy all the time) and MiB. */
    record Usage(double libertyCores, double postgresCores, double benchmarkCores, double loadToolCores,
                 double machineCores, double libertyPeakRssMib) {

        /** Busy cores that none of the measured processes account for: other work on the machine. */
        double otherCores() {
            return Math.max(0, machineCores - libertyCores - postgresCores - benchmarkCores - loadToolCores);
        }
    }

    private static final Path PROC = Path.of("/proc");

    private final long libertyPid;
    private final long postmasterPid;
    private final long ticksPerSecond;
    private final AtomicLong peakRssKib = new AtomicLong();
    private final Thread rssSampler;
    private volatile boolean running = true;

    ProcessSampler(long libertyPid, long postmasterPid, long ticksPerSecond) {
        this.libertyPid = libertyPid;
        this.postmasterPid = postmasterPid;
        this.ticksPerSecond = ticksPerSecond;
        this.rssSampler = new Thread(this::sampleRss, "rss-sampler");
        rssSampler.setDaemon(true);
        rssSampler.start();
    }

    /** Ticks per second of /proc's CPU times (USER_HZ), from getconf; 100 where it cannot be asked. */
    static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes()).strip();
            getconf.waitFor();
            return Long.parseLong(answer);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /** Starts a phase: forgets the peak memory so far and reads the CPU counters. */
    Reading begin() throws IOException {
        peakRssKib.set(rssKib(libertyPid));
        return read();
    }

    Usage end(Reading begin) throws IOException {
        Reading end = read();
        double seconds = (end.nanos() - begin.nanos()) / 1e9;
        double perTick = 1.0 / ticksPerSecond / seconds;
        return new Usage((end.liberty() - begin.liberty()) * perTick, (end.postgres() - begin.postgres()) * perTick,
                (end.benchmark() - begin.benchmark()) * perTick, (end.loadTools() - begin.loadTools()) * perTick,
                (end.machineBusy() - begin.machineBusy()) * perTick,
                Math.max(peakRssKib.get(), rssKib(libertyPid)) / 1024.0);
    }

    Reading read() throws IOException {
        long postgres = ownAndReapedTicks(postmasterPid);
        for (ProcessHandle backend : ProcessHandle.of(postmasterPid).map(p -> p.children().toList()).orElse(List.of())) {
            postgres += ownTicks(backend.pid());
        }
        long[] benchmark = cpuTimes(ProcessHandle.current().pid());
        return new Reading(System.nanoTime(), ownTicks(libertyPid), postgres, benchmark[0] + benchmark[1],
                benchmark[2] + benchmark[3], machineBusyTicks(Files.readAllLines(PROC.resolve("stat"))));
    }

    private void sampleRss() {
        while (running) {
            peakRssKib.accumulateAndGet(rssKib(libertyPid), Math::max);
            try {
                Thread.sleep(250); // the sampling period of a background monitor
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long ownTicks(long pid) {
        long[] times = cpuTimes(pid);
        return times[0] + times[1];
    }

    private static long ownAndReapedTicks(long pid) {
        long[] times = cpuTimes(pid);
        return times[0] + times[1] + times[2] + times[3];
    }

    /** utime, stime, cutime, cstime of a process; zeros once it is gone. */
    private static long[] cpuTimes(long pid) {
        try {
            return parseStat(Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat")));
        } catch (IOException gone) {
            return new long[4];
        }
    }

    private static long rssKib(long pid) {
        try {
            return parseRssKib(Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("status")));
        } catch (IOException gone) {
            return 0;
        }
    }

    /** utime, stime, cutime and cstime (fields 14-17) of a /proc/PID/stat line; the name may hold spaces. */
    static long[] parseStat(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
        // fields[0] is field 3 (state)
        return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                Long.parseLong(fields[14])};
    }

    static long parseRssKib(List<String> status) {
        for (String line : status) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").strip());
            }
        }
        return 0;
    }

    /** Busy ticks of all CPUs from /proc/stat's "cpu" line: everything but idle and iowait. */
    static long machineBusyTicks(List<String> stat) {
        for (String line : stat) {
            if (line.startsWith("cpu ")) {
                String[] fields = line.substring(4).strip().split("\\s+");
                long busy = 0;
                for (int i = 0; i < Math.min(fields.length, 8); i++) {
                    if (i != 3 && i != 4) {
                        busy += Long.parseLong(fields[i]);
                    }
                }
                return busy;
            }
        }
        throw new IllegalArgumentException("no cpu line in /proc/stat");
    }

    @Override
    public void close() {
        running = false;
        rssSampler.interrupt();
    }
}
