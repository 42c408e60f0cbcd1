package dev.frontline.coaching;

import dev.frontline.system.JobLocks;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps every cadence's meetings laid out twelve weeks ahead: at start-up (after the demo) and then every few hours
 * (six by default), on a thread of its own — not through {@code @EnableScheduling}, whose scheduler would become a
 * second task executor beside the one the imports use. Reads never write; a meeting laid out stays until it is
 * held, moved or cancelled. With several nodes on the database, one of them lays out each period ({@link JobLocks}).
 */
@Component
@Order(40)
class ScheduleLayOut implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduleLayOut.class);

    private static final String JOB = "coaching-lay-out";

    private final OneOnOnes oneOnOnes;
    private final JobLocks locks;
    private final long hours;
    /** {@code frontline.jobs{job=coaching-lay-out}} on {@code /actuator/prometheus}. */
    private final Timer runs;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "coaching-lay-out");
        t.setDaemon(true);
        return t;
    });

    ScheduleLayOut(OneOnOnes oneOnOnes, JobLocks locks, @Value("${frontline.coaching.lay-out-hours:6}") long hours,
                   MeterRegistry registry) {
        this.oneOnOnes = oneOnOnes;
        this.locks = locks;
        this.hours = hours;
        this.runs = Timer.builder("frontline.jobs").description("Scheduled jobs' runs").tag("job", "coaching-lay-out")
                .register(registry);
    }

    @Override
    public void run(ApplicationArguments args) {
        layOut();
        timer.scheduleWithFixedDelay(this::layOut, hours, hours, TimeUnit.HOURS);
    }

    private void layOut() {
        try {
            locks.runOnce(JOB, Duration.ofHours(hours), () -> {
                int added = runs.record(oneOnOnes::layOutAll);
                if (added > 0) {
                    log.info("Laid out {} upcoming 1:1s from their cadences", added);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not lay out the upcoming 1:1s; trying again in {} hours", hours, e);
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
