package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theFreeFailuresCostNothingThenEachDoublesTheWaitUpToFifteenMinutes() {
        assertThat(Backoff.after(0, 5)).isZero();
        assertThat(Backoff.after(5, 5)).isZero();
        assertThat(Backoff.after(6, 5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.after(7, 5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Backoff.after(8, 5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.after(15, 5)).isEqualTo(Duration.ofSeconds(512));
        assertThat(Backoff.after(16, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(Backoff.after(105, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(Backoff.after(Integer.MAX_VALUE, 20)).isEqualTo(Duration.ofMinutes(15));
    }
}
