package dev.frontline.organization.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.RosterRep;
import dev.frontline.organization.TeamMove;
import dev.frontline.organization.TeamSummary;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The confirmation step of a change to one rep: a move (the teams to choose from, then the move named) or a
 * deactivation or reactivation (its consequences named).
 *
 * @param rep     the rep as now, with the version the confirmation carries
 * @param teams   for a move not yet chosen: the teams the rep can go to
 * @param move    for a move chosen: the move named, to confirm
 * @param active  for a deactivation (false) or reactivation (true); null for a move
 * @param today   today where the viewer is: the day a deactivation takes effect
 */
public record ChangePage(Member member, RosterRep rep, List<TeamSummary> teams, @Nullable TeamMove move,
                         @Nullable Boolean active, LocalDate today) {
}
