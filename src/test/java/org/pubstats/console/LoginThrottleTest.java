package org.pubstats.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Failed logins from one address: free at first, then waits that double; a login in between forgets them. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2018-06-01T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void waitsGrowAfterTheFreeFailures() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
            throttle.failed("10.0.0.5");
        }
        assertThat(throttle.waitLeft("10.0.0.5")).isZero();
        throttle.failed("10.0.0.5");
        assertThat(throttle.waitLeft("10.0.0.5")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.waitLeft("10.0.0.6")).as("another address").isZero();
        now = now.plusSeconds(30);
        assertThat(throttle.waitLeft("10.0.0.5")).isZero();
        throttle.failed("10.0.0.5");
        assertThat(throttle.waitLeft("10.0.0.5")).isEqualTo(Duration.ofMinutes(1));
        for (int i = 0; i < 20; i++) {
            throttle.failed("10.0.0.5");
        }
        assertThat(throttle.waitLeft("10.0.0.5")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aLoginForgetsTheFailures() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("10.0.0.5");
        }
        throttle.succeeded("10.0.0.5");
        assertThat(throttle.waitLeft("10.0.0.5")).isZero();
    }
}
