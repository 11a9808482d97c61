package io.ordo.platform.privacy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the privacy keys when the application starts (a server without them refuses to start,
 * saying which setting is missing) and then, in the background on every server, re-wraps the data
 * keys left under a previous master key after a rotation, so the old master key can be retired.
 */
@ApplicationScoped
public class DataKeyRewrap {

    private static final Logger LOG = Logger.getLogger(DataKeyRewrap.class.getName());
    private static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PersonalDataVault vault;

    @Inject
    @ConfigProperty(name = "ordo.privacy.rewrap-interval-ms", defaultValue = "30000")
    long intervalMillis;

    private ScheduledFuture<?> job;

    void start(@Observes Startup startup) {
        vault.requireKeys();
        job = scheduler.scheduleWithFixedDelay(this::rewrap, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    private void rewrap() {
        try {
            int total = 0;
            int done;
            do {
                done = vault.rewrapUnderActiveKey(BATCH);
                total += done;
            } while (done == BATCH);
            if (total > 0) {
                LOG.info("Re-wrapped data keys under the active master key: " + total);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Re-wrapping data keys failed; the next run tries again", e);
        }
    }
}
