package dev.frontline.home;

import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.RepNumbers;

/** A team and its figures for a period. */
public record TeamTotal(TeamSummary team, RepNumbers total) {
}
