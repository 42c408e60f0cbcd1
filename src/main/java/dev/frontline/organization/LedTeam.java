package dev.frontline.organization;

import java.util.List;

/** A team as the pages about leading it read it: the team and its reps, by name. */
public record LedTeam(TeamSummary team, List<Member> reps) {

    public LedTeam {
        reps = List.copyOf(reps);
    }

    public List<Long> repIds() {
        return reps.stream().map(Member::id).toList();
    }
}
