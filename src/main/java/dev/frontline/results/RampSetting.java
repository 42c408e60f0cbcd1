package dev.frontline.results;

import dev.frontline.organization.Member;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A team's ramp for new hires and when each of its reps joined.
 *
 * @param steps   percent of the full quota in the 1st, 2nd, … month after joining; 100% after the last
 * @param version the ramp's version (0 when none was saved), to refuse a stale edit
 * @param reps    each rep's start
 */
public record RampSetting(long teamId, List<Integer> steps, int version, List<RepStart> reps) {

    public RampSetting {
        steps = List.copyOf(steps);
        reps = List.copyOf(reps);
    }

    /** The ramp as a manager writes it: {@code 25/50/75/100}, empty for none. */
    public String text() {
        return new Ramp(steps).toString();
    }

    /**
     * When a rep joined.
     *
     * @param joinedOn the join date; null when they joined before Frontline's records (nothing is prorated)
     * @param source   {@code JOINED} (recorded when the rep was placed in the team), {@code MANUAL}, {@code DEMO};
     *                 null when nothing was ever recorded
     * @param version  0 when nothing was ever recorded
     * @param now      how the current quarter's quota is prorated, in words; null when it is not
     */
    public record RepStart(Member rep, @Nullable LocalDate joinedOn, @Nullable String source, int version,
                           @Nullable String now) {
    }
}
