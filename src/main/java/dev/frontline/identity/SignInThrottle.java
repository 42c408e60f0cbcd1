package dev.frontline.identity;

import dev.frontline.system.SqlValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttles failed sign-ins per login name (whether or not such a login exists, so that the throttle tells nothing
 * about which do) and per client address, in the database so that every node sees the same counts. Past
 * {@link #FREE_PER_LOGIN} failures of a name, or {@link #FREE_PER_ADDRESS} from an address, each failure doubles the
 * wait ({@link Backoff}); a sign-in during the wait is refused without a look at the password. A name's count ends
 * with its next successful sign-in; any count is forgotten after {@link #FORGET_AFTER} without failures. Every
 * failure is logged and kept {@link #KEEP} for the admin.
 */
@Component
class SignInThrottle {

    static final int FREE_PER_LOGIN = 5;
    static final int FREE_PER_ADDRESS = 20;
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final Duration KEEP = Duration.ofDays(30);
    private static final int LONGEST_NAME = 100;
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    enum Reason { UNKNOWN_LOGIN, WRONG_PASSWORD, DISABLED, THROTTLED, SSO_NO_LOGIN }

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the name or the address still has to wait, if it has to. */
    Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select blocked_until from sign_in_throttle where key in (:keys) and blocked_until > :now
                        order by blocked_until desc limit 1""")
                .param("keys", List.of(loginKey(username), addressKey(address))).param("now", SqlValues.time(now))
                .query((rs, n) -> SqlValues.instant(rs, "blocked_until")).optional()
                .map(until -> Duration.between(now, until));
    }

    /**
     * Logs a failed sign-in and counts it against the name and the address; a try refused for waiting and a
     * single sign-on without a matching login (the provider checked the password, nothing to guess here) are only
     * logged.
     */
    void failed(String username, String address, Reason reason) {
        Instant now = clock.instant();
        String shown = printable(username);
        log.warn("Failed sign-in as '{}' from {}: {}", shown, address, reason);
        jdbc.sql("insert into sign_in_failure (at, username, address, reason) values (:at, :username, :address, :reason)")
                .param("at", SqlValues.time(now)).param("username", shown).param("address", address)
                .param("reason", reason.name()).update();
        if (reason != Reason.THROTTLED && reason != Reason.SSO_NO_LOGIN) {
            count(loginKey(username), FREE_PER_LOGIN, now);
            count(addressKey(address), FREE_PER_ADDRESS, now);
        }
        jdbc.sql("delete from sign_in_failure where at < :cutoff").param("cutoff", SqlValues.time(now.minus(KEEP))).update();
        jdbc.sql("delete from sign_in_throttle where last_failure_at < :cutoff")
                .param("cutoff", SqlValues.time(now.minus(FORGET_AFTER))).update();
    }

    /** A successful sign-in ends the name's count (not the address's: an attacker may well have a login too). */
    void succeeded(String username) {
        jdbc.sql("delete from sign_in_throttle where key = :key").param("key", loginKey(username)).update();
    }

    /** The failures of the last day, grouped by name, address and reason, latest first. */
    List<SignInFailure> recent(int limit) {
        return jdbc.sql("""
                        select username, address, reason, count(*) as count, max(at) as last
                        from sign_in_failure where at >= :since
                        group by username, address, reason order by max(at) desc, username limit :limit""")
                .param("since", SqlValues.time(clock.instant().minus(Duration.ofDays(1)))).param("limit", limit)
                .query((rs, n) -> new SignInFailure(rs.getString("username"), rs.getString("address"),
                        rs.getString("reason"), rs.getInt("count"), SqlValues.instant(rs, "last")))
                .list();
    }

    /** Names and addresses waiting now, with the time their wait ends. */
    List<Waiting> waiting() {
        return jdbc.sql("select key, failures, blocked_until from sign_in_throttle where blocked_until > :now order by key")
                .param("now", SqlValues.time(clock.instant()))
                .query((rs, n) -> new Waiting(rs.getString("key"), rs.getInt("failures"), SqlValues.instant(rs, "blocked_until")))
                .list();
    }

    /** A login name ({@code login:…}) or an address ({@code address:…}) that has to wait. */
    record Waiting(String key, int failures, Instant until) {
    }

    private void count(String key, int free, Instant now) {
        int failures = jdbc.sql("""
                        insert into sign_in_throttle (key, failures, last_failure_at, blocked_until)
                        values (:key, 1, :now, :now)
                        on conflict (key) do update set
                            failures = case when sign_in_throttle.last_failure_at < :forget then 1
                                            else sign_in_throttle.failures + 1 end,
                            last_failure_at = :now
                        returning failures""")
                .param("key", key).param("now", SqlValues.time(now)).param("forget", SqlValues.time(now.minus(FORGET_AFTER)))
                .query(Integer.class).single();
        Duration wait = Backoff.after(failures, free);
        if (!wait.isZero()) {
            jdbc.sql("update sign_in_throttle set blocked_until = :until where key = :key")
                    .param("until", SqlValues.time(now.plus(wait))).param("key", key).update();
        }
    }



    private static String loginKey(String username) {
        return "login:" + printable(username).toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** The name as typed, trimmed, without control characters (no forged log lines), at most 100 characters. */
    static String printable(String username) {
        String clean = username.trim().replaceAll("\\p{Cntrl}", "?");
        return clean.length() > LONGEST_NAME ? clean.substring(0, LONGEST_NAME) : clean;
    }
}
