package dev.frontline.home;

import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.RepNumbers;
import org.jspecify.annotations.Nullable;

/**
 * A team and its figures for a period.
 *
 * @param total the whole team's figures; null when the viewer may not see every rep's deals (a part of the team is
 *              never shown as the team's total)
 */
public record TeamTotal(TeamSummary team, @Nullable RepNumbers total) {
}
