package dev.frontline.organization.web;

import dev.frontline.organization.Roster;
import dev.frontline.organization.RosterRep;
import dev.frontline.organization.TeamSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The people page: the roster by office and team, what the viewer may do on it, and the add form as last sent.
 *
 * @param staffable the teams the viewer may add reps to (and deactivate reps of)
 * @param canMove   whether the viewer may move reps between teams (the admin, a director)
 * @param errors    what was wrong with the add form just sent; empty otherwise
 */
public record PeoplePage(Roster roster, List<TeamSummary> staffable, boolean canMove, ZoneId zone,
                         @Nullable String fullName, @Nullable Long teamId, List<String> errors) {

    /** The day a former rep left, where the viewer is. */
    public @Nullable LocalDate leftOn(RosterRep rep) {
        return rep.leftAt() == null ? null : LocalDate.ofInstant(rep.leftAt(), zone);
    }

    public boolean canStaff(long teamId) {
        return staffable.stream().anyMatch(t -> t.id() == teamId);
    }
}
