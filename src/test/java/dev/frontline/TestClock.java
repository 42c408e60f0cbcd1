package dev.frontline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Tests run on 27 November 2026: the demo dataset (latest activity December 2017) is shifted by 108 months, so that
 * its last quarter is the current one, 2026-Q4, read as of 27 November (December's deals are open pipeline).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    public static final int DEMO_SHIFT_MONTHS = 108;

    @Bean
    @Primary
    Clock testClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
