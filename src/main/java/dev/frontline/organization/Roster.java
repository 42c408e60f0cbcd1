package dev.frontline.organization;

import java.util.List;

/** The people page's roster: each office in scope, its teams, each team's reps, former ones included. */
public record Roster(List<Office> offices) {

    /** An office and its teams in scope, by name. */
    public record Office(Region region, List<Team> teams) {
    }

    /** A team and its reps by name: the active ones, then those who left. */
    public record Team(TeamSummary team, List<RosterRep> reps) {

        public long formerCount() {
            return reps.stream().filter(r -> !r.active()).count();
        }
    }

    public boolean isEmpty() {
        return offices.isEmpty();
    }
}
