package org.pubstats.console;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down guessing the password: after {@value #FREE_FAILURES} failed logins from one address, each further
 * attempt must wait, twice as long after every failure (30 s, 1 min, 2 min … at most 15 min); a login in between
 * is refused without being checked. A successful login forgets the failures.
 */
final class LoginThrottle {

    static final int FREE_FAILURES = 5;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    void failed(String address) {
        byAddress.merge(address, new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.count() + 1, one.last()));
    }

    void succeeded(String address) {
        byAddress.remove(address);
    }

    /** How long this address must still wait before its next attempt is checked; zero when it may try now. */
    Duration waitLeft(String address) {
        Failures failures = byAddress.get(address);
        if (failures == null || failures.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Duration left = Duration.between(clock.instant(), failures.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Refuses a login POST from an address that must still wait: back to the login page, which says how long. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
                    Duration left = waitLeft(request.getRemoteAddr());
                    if (!left.isZero()) {
                        response.sendRedirect(request.getContextPath() + "/login?wait=" + Math.max(1L, left.toSeconds()));
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
