package dev.frontline.results;

import dev.frontline.organization.Member;
import java.util.List;
import java.util.Map;

/**
 * One rep's figures beside the team's: their rank on each figure (1 is best) and the gaps in words.
 *
 * @param ranks  figure name → rank among the team's reps
 * @param former whether the rep has left (deactivated): listed for a period they sold in, their deals still theirs
 */
public record RepResults(Member rep, Figures figures, Map<String, Integer> ranks, List<Comparison> versusTeam,
                         List<GoalProgress> goals, boolean former) {

    /** The rep's name as results show it: "Name (former)" for a rep who left. */
    public String name() {
        return former ? rep.displayName() + " (former)" : rep.displayName();
    }
}
