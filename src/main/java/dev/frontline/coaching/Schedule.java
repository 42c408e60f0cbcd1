package dev.frontline.coaching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of a cadence: the occurrences it generates ahead of now, and whether a rep's 1:1 is overdue.
 *
 * <p>Occurrences are the first meeting plus whole steps (weeks, two weeks, calendar months) in the zone the
 * schedule is kept in, so a 1:1 stays at 10:00 across a daylight-saving change. Only occurrences after now and up to
 * {@link #HORIZON} ahead are generated: a past occurrence is never invented as if it had been held.
 *
 * <p>Overdue: the next 1:1 is due one step after the last one held, the day the cadence was set or the day the rep
 * joined the team, whichever is latest; it is overdue once that day has passed.
 */
final class Schedule {

    static final Duration HORIZON = Duration.ofDays(84);

    private Schedule() {
    }

    /** The occurrences of the cadence that start after {@code now} and no later than now plus the horizon. */
    static List<Instant> upcoming(Cadence cadence, Instant firstAt, Instant now, ZoneId zone) {
        ZonedDateTime first = firstAt.atZone(zone);
        Instant until = now.plus(HORIZON);
        List<Instant> out = new ArrayList<>();
        int n = firstStep(cadence, first, now);
        for (; n < 10_000; n++) {
            Instant at = cadence.occurrence(first, n).toInstant();
            if (at.isAfter(until)) {
                break;
            }
            if (at.isAfter(now)) {
                out.add(at);
            }
        }
        return out;
    }

    private static int firstStep(Cadence cadence, ZonedDateTime first, Instant now) {
        if (!now.isAfter(first.toInstant())) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(first.toInstant(), now);
        long guess = switch (cadence) {
            case WEEKLY -> days / 7;
            case BIWEEKLY -> days / 14;
            case MONTHLY -> days / 31;
        };
        return (int) Math.max(0, guess - 1);
    }

    /**
     * When the next 1:1 is due: a step after the last one held, after the day the cadence was first set, or after the
     * day the rep joined the team, whichever is latest. Setting a cadence is a fresh start, not an instant backlog,
     * and a rep who just joined is not late for a 1:1 before their first step has passed.
     *
     * @param joinedOn null when the rep has been in the team all along
     */
    static LocalDate due(Cadence cadence, @Nullable LocalDate lastHeld, LocalDate since, @Nullable LocalDate joinedOn) {
        LocalDate from = since;
        if (lastHeld != null) {
            from = max(from, lastHeld);
        }
        if (joinedOn != null) {
            from = max(from, joinedOn);
        }
        return cadence.dueAfter(from);
    }

    /** Days past the due date on {@code today}; 0 when not overdue. */
    static long daysOverdue(LocalDate due, LocalDate today) {
        return today.isAfter(due) ? ChronoUnit.DAYS.between(due, today) : 0;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
