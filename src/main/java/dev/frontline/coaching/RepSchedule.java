package dev.frontline.coaching;

import dev.frontline.organization.Member;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rep's 1:1s: the cadence, where they stand against it, every meeting (oldest first) and the open actions.
 *
 * @param joinedOn    the day the rep joined their team, when Frontline knows it (null: there all along)
 * @param lastHeld    the day of the last 1:1 recorded as held
 * @param due         when the next one is due by the cadence (null without a cadence)
 * @param daysOverdue days past {@code due}; 0 when not overdue
 * @param daysSince   days since the last 1:1 held (null when none was)
 */
public record RepSchedule(Member rep, @Nullable CadenceSetting cadence, @Nullable LocalDate joinedOn,
                          @Nullable LocalDate lastHeld, @Nullable LocalDate due, long daysOverdue,
                          @Nullable Long daysSince, List<Meeting> meetings, List<ActionItem> openActions) {

    public boolean overdue() {
        return daysOverdue > 0;
    }

    /** On no cadence at all: a gap the manager should see. */
    public boolean noCadence() {
        return cadence == null;
    }

    public @Nullable Meeting next(Instant now) {
        return meetings.stream().filter(m -> m.status() == MeetingStatus.SCHEDULED && m.endsAt().isAfter(now))
                .findFirst().orElse(null);
    }

    /** Meetings newest first, for the history. */
    public List<Meeting> newestFirst() {
        List<Meeting> out = new ArrayList<>(meetings);
        Collections.reverse(out);
        return out;
    }
}
