package dev.frontline.imports.internal;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one at a time. Two imports that check the same new rows side by side would both find them absent and
 * both insert them (the second failing on a unique index), and a check of who a team file moves is only true until
 * another import moves someone. So each import runs, from its first read to its commit, in one transaction that
 * holds PostgreSQL's transaction-scoped advisory lock {@link #KEY}: a second import waits for the first to commit
 * and then reads what it wrote. The lock holds across every instance of Frontline on the same database.
 *
 * <p>Within one instance imports also queue on a fair in-memory lock before they take a database connection, so
 * that twenty imports at once hold one pooled connection waiting on the advisory lock, not twenty (which would
 * starve the pool and every page with it).
 */
@Component
public class ImportLock {

    /** The advisory lock's key: "FLIMPORT" in ASCII. */
    static final long KEY = 0x464c494d504f5254L;

    private final ReentrantLock local = new ReentrantLock(true);
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ImportLock(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs the work in one transaction while no other import runs, here or in another instance; the transaction
     * commits when the work returns and rolls back when it throws.
     *
     * @param waiting told once when another import runs and this one has to wait
     */
    public <T> T exclusively(Runnable waiting, Supplier<T> work) {
        if (!local.tryLock()) {
            waiting.run();
            local.lock();
        }
        try {
            return Objects.requireNonNull(transactions.execute(tx -> {
                jdbc.sql("select 1 from pg_advisory_xact_lock(:key)").param("key", KEY).query(Integer.class).single();
                return work.get();
            }));
        } finally {
            local.unlock();
        }
    }
}
