package dev.frontline.results;

import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.List;

/** A team's results for a period as of a day: the team's figures, each rep's, the funnel and the breakdowns. */
public record TeamResults(TeamSummary team, SalesPeriod period, LocalDate asOf, Figures total, List<RepResults> reps,
                          List<FunnelStep> funnel, List<Breakdown> byProduct, List<Breakdown> bySector,
                          boolean demoQuotas) {
}
