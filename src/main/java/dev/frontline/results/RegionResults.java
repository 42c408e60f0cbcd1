package dev.frontline.results;

import dev.frontline.organization.Region;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.SalesPeriod;
import java.util.List;

/** An office's roll-up: each team's figures and the office total. */
public record RegionResults(Region region, SalesPeriod period, List<TeamRow> teams, Figures total) {

    public record TeamRow(TeamSummary team, Figures figures) {
    }
}
