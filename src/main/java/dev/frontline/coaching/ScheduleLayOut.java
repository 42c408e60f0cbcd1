package dev.frontline.coaching;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps every cadence's meetings laid out twelve weeks ahead: at start-up (after the demo) and every night. Reads
 * never write; a meeting laid out stays until it is held, moved or cancelled.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(40)
class ScheduleLayOut implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScheduleLayOut.class);

    private final OneOnOnes oneOnOnes;

    ScheduleLayOut(OneOnOnes oneOnOnes) {
        this.oneOnOnes = oneOnOnes;
    }

    @Override
    public void run(ApplicationArguments args) {
        nightly();
    }

    @Scheduled(cron = "${frontline.coaching.lay-out-cron:0 10 2 * * *}")
    void nightly() {
        int added = oneOnOnes.layOutAll();
        if (added > 0) {
            log.info("Laid out {} upcoming 1:1s from their cadences", added);
        }
    }
}
