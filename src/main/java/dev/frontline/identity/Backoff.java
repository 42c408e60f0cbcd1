package dev.frontline.identity;

import java.time.Duration;

/**
 * How long a login name or an address waits after its failed sign-ins: nothing for the first {@code free} failures,
 * then one second, doubling with each further failure, to at most {@link #LONGEST}.
 */
final class Backoff {

    static final Duration LONGEST = Duration.ofMinutes(15);

    private Backoff() {
    }

    static Duration after(int failures, int free) {
        int beyond = failures - free;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        if (beyond > 20) {
            return LONGEST;
        }
        Duration wait = Duration.ofSeconds(1L << (beyond - 1));
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
