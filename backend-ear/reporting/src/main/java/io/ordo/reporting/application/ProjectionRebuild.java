package io.ordo.reporting.application;

import io.ordo.platform.history.EventHistoryBusy;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.reporting.domain.Generation;
import io.ordo.reporting.domain.Generations;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds every read model from the event history while the system runs: a new generation is
 * filled from the history in passes, each up to a position below which no event can still
 * appear, while live events keep feeding the current one; once a pass leaves little to do, the
 * rest is replayed and the new generation takes over in one step that briefly holds new events
 * back. Reports keep being answered from the current generation until then.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class.getName());
    /** How often, one second apart, a pass may find event writers still busy before the rebuild gives up. */
    private static final int BUSY_ATTEMPTS = 30;
    /** The replaced generation stays this long, so that reports already reading it finish. */
    private static final long RETIRED_KEPT_SECONDS = 60;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RebuildSteps steps;

    @Inject
    Generations generations;

    /**
     * Passes and clean-ups not run yet. Liberty refuses to run a task once the application that
     * submitted it has stopped, so they are cancelled then; an interrupted rebuild is taken for
     * abandoned later (see {@link RebuildSteps#begin}).
     */
    private final Set<ScheduledFuture<?>> pending = ConcurrentHashMap.newKeySet();

    @PreDestroy
    void cancelPending() {
        pending.forEach(task -> task.cancel(false));
    }

    /**
     * Starts a rebuild in the background.
     *
     * @return the generation being built
     * @throws ProblemException (409) when a rebuild is running already
     */
    public Generation start(String requestedBy) {
        Generation building = steps.begin(requestedBy).orElseThrow(() -> new ProblemException(ProblemType.CONFLICT,
                "A rebuild is running already (generation " + generations.building().map(Generation::number).orElse(0)
                        + "); wait for it to finish."));
        LOG.info(() -> "Rebuild of the read models into generation " + building.number() + " requested by " + requestedBy);
        later(() -> firstPass(building.number()), 0);
        return building;
    }

    @Transactional
    public Optional<Generation> find(int generation) {
        return generations.find(generation);
    }

    private void firstPass(int generation) {
        try {
            steps.discardUnused();
        } catch (RuntimeException failure) {
            fail(generation, failure);
            return;
        }
        pass(generation, 0, 0);
    }

    /**
     * Replays the history up to a settled position; goes live if that left little to do, else
     * schedules the next pass.
     */
    private void pass(int generation, long replayed, int busyAttempts) {
        long reached = replayed;
        try {
            long settled = steps.settledPosition();
            while (reached < settled) {
                reached = steps.replayBatch(generation, reached, settled);
            }
            if (settled - replayed <= RebuildSteps.FINAL_CATCH_UP && steps.goLive(generation, reached)) {
                LOG.info(() -> "Generation " + generation + " of the read models is live, replayed through history position "
                        + settled + " and fed live events after it");
                later(steps::discardUnused, RETIRED_KEPT_SECONDS);
                return;
            }
            long next = reached;
            later(() -> pass(generation, next, 0), 0);
        } catch (EventHistoryBusy busy) {
            if (busyAttempts + 1 >= BUSY_ATTEMPTS) {
                fail(generation, busy);
            } else {
                long next = reached;
                later(() -> pass(generation, next, busyAttempts + 1), 1);
            }
        } catch (RuntimeException failure) {
            fail(generation, failure);
        }
    }

    private void later(Runnable task, long delaySeconds) {
        pending.removeIf(Future::isDone);
        pending.add(scheduler.schedule(task, delaySeconds, TimeUnit.SECONDS));
    }

    private void fail(int generation, RuntimeException failure) {
        LOG.log(Level.SEVERE, "Rebuild of the read models into generation " + generation + " failed", failure);
        steps.fail(generation, failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
}
