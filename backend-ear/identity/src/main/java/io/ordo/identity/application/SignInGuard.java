package io.ordo.identity.application;

import io.ordo.identity.domain.Sha256;
import io.ordo.identity.domain.SignInThrottle;
import io.ordo.identity.domain.ThrottlePolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: failures are counted per account name (whether or not it
 * exists, so answers never reveal which accounts do) and per client address, in the database so
 * that every server enforces the same limits. Rows are keyed by a SHA-256 of the name or address:
 * a key of any length fits the column (a name too long for it once made the failure go uncounted)
 * and the table holds no account names.
 */
@ApplicationScoped
public class SignInGuard {

    @Inject
    SignInThrottle throttle;

    @Inject
    @ConfigProperty(name = "ordo.identity.sign-in.failures-per-account", defaultValue = "5")
    int failuresPerAccount;

    @Inject
    @ConfigProperty(name = "ordo.identity.sign-in.failures-per-address", defaultValue = "50")
    int failuresPerAddress;

    private final Clock clock = Clock.systemUTC();
    private ThrottlePolicy perAccount;
    private ThrottlePolicy perAddress;

    @PostConstruct
    void policies() {
        perAccount = new ThrottlePolicy(failuresPerAccount, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));
        perAddress = new ThrottlePolicy(failuresPerAddress, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));
    }

    /** Refuses at once, without checking credentials, while the account or the address is blocked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNotBlocked(String account, String address) throws SignInThrottled {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : List.of(accountKey(account), addressKey(address))) {
            Duration forKey = ThrottlePolicy.waitFor(throttle.find(key).orElse(null), now);
            wait = forKey.compareTo(wait) > 0 ? forKey : wait;
        }
        if (!wait.isZero()) {
            throw new SignInThrottled(wait.plusSeconds(1).withNanos(0));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(String account, String address) {
        Instant now = clock.instant();
        throttle.save(accountKey(account), perAccount.afterFailure(throttle.lock(accountKey(account)).orElse(null), now));
        throttle.save(addressKey(address), perAddress.afterFailure(throttle.lock(addressKey(address)).orElse(null), now));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(String account) {
        throttle.forget(accountKey(account));
    }

    private static String accountKey(String account) {
        return Sha256.hex("account:" + account.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return Sha256.hex("address:" + address);
    }
}
