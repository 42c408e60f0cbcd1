package dev.frontline.system;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scheduled jobs that run once across all the nodes on the database, whichever node's timer ticks first: a job takes
 * its row of the {@code shedlock} table (ShedLock, in the database's clock) and keeps it for its period, less a
 * minute, so that the other nodes' timers, which tick at their own start times, find it taken and skip that period.
 * A node that dies while running frees the job after the period.
 */
@Component
public class JobLocks {

    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final LockingTaskExecutor executor;
    private final ConcurrentHashMap<String, AtomicLong> runs = new ConcurrentHashMap<>();

    JobLocks(DataSource dataSource) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withTableName("shedlock").usingDbTime().build()));
    }

    /**
     * Runs the job here, now, unless a node (this one or another) runs it at this moment or ran it less than its
     * period ago (less a minute); whether it ran here. What the job throws is thrown, after the job is freed for
     * the next period.
     */
    public boolean runOnce(String job, Duration period, Runnable task) {
        Duration held = period.compareTo(MARGIN.multipliedBy(2)) > 0 ? period.minus(MARGIN) : period;
        boolean[] ran = {false};
        executor.executeWithLock((Runnable) () -> {
            ran[0] = true;
            runs.computeIfAbsent(job, k -> new AtomicLong()).incrementAndGet();
            task.run();
        }, new LockConfiguration(ClockProvider.now(), job, period, held));
        return ran[0];
    }

    /** How many times this node ran the job since it started. */
    public long runs(String job) {
        AtomicLong count = runs.get(job);
        return count == null ? 0 : count.get();
    }
}
