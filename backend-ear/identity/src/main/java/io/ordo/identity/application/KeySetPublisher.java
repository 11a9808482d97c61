package io.ordo.identity.application;

import io.ordo.identity.domain.VerifierKeySet;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
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

/**
 * Keeps this server's verifier trusting exactly the published signing keys: at start, before the
 * server takes traffic, and then every {@link SigningKeyRing#KEY_SET_REFRESH}, so a key another
 * server created is trusted here before any server signs with it
 * ({@link SigningKeyRing#SIGNING_DELAY}). The verifier never fetches keys over HTTP from its own
 * server, which a burst of requests during start-up could starve.
 */
@ApplicationScoped
public class KeySetPublisher {

    /** Once the signing key exists, before anything can ask for a token. */
    public static final int START_PRIORITY = SigningKeyRing.START_PRIORITY + 1;

    private static final Logger LOG = Logger.getLogger(KeySetPublisher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SigningKeyRing keyRing;

    @Inject
    VerifierKeySet verifier;

    private ScheduledFuture<?> refreshing;
    private boolean failing;

    void start(@Observes @Priority(START_PRIORITY) Startup startup) {
        verifier.publish(keyRing.publicKeySet());
        long every = SigningKeyRing.KEY_SET_REFRESH.toMillis();
        refreshing = scheduler.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
    }

    /** Keeps the last key set while the database cannot be read: the keys it holds stay valid. */
    private void refresh() {
        try {
            verifier.publish(keyRing.publicKeySet());
            if (failing) {
                LOG.info("The token key set is refreshed again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "Cannot refresh the token key set; the last one stays in force: {0}", e.toString());
                failing = true;
            }
        }
    }
}
