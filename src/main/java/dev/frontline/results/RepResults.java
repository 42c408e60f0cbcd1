package dev.frontline.results;

import dev.frontline.organization.Member;
import java.util.List;
import java.util.Map;

/**
 * One rep's figures beside the team's: their rank on each figure (1 is best) and the gaps in words.
 *
 * @param ranks figure name → rank among the team's reps
 */
public record RepResults(Member rep, Figures figures, Map<String, Integer> ranks, List<Comparison> versusTeam,
                         List<GoalProgress> goals) {
}
