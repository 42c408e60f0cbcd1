package dev.frontline.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A write made from a version that is no longer current: someone changed (or created, or removed) the record since
 * the writer read it. Answered 409 with the version now stored, so a client can reload and apply its change again;
 * a page shows a "changed meanwhile" message. Creating is "expect absent": a write of version 0 for a record that
 * now exists is stale too. {@code currentVersion} is 0 when the record no longer exists.
 *
 * <p>It is an {@link OptimisticLockingFailureException}, so what already handles Spring's own optimistic-locking
 * failures (Spring Data's {@code @Version}) handles this one as well.
 */
public class StaleVersion extends OptimisticLockingFailureException {

    private final String what;
    private final int currentVersion;

    /**
     * @param what           what changed, for people: "the quota of cara.losch for 2026-Q4"
     * @param currentVersion the version stored now (0: there is none)
     */
    public StaleVersion(String what, int currentVersion) {
        super(Echo.of(what) + " changed meanwhile; it is now at version " + currentVersion);
        this.what = what;
        this.currentVersion = currentVersion;
    }

    public String what() {
        return what;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
