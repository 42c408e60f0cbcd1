package dev.frontline.forecast;

import dev.frontline.organization.Region;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An office's roll-up for a period: each team's system forecast beside its manager's call and its reps' calls, and
 * the office's total (teams add up as independent).
 */
public record OfficeForecast(Region region, SalesPeriod period, List<TeamLine> teams, Forecast total,
                             @Nullable BigDecimal managerCalls, @Nullable BigDecimal repCalls) {

    /**
     * One team.
     *
     * @param repCalls  the sum of the reps' latest calls; {@code null} when none called
     * @param repsCalled how many of its reps have called
     */
    public record TeamLine(TeamSummary team, Forecast forecast, @Nullable Call managerCall,
                           @Nullable BigDecimal repCalls, int repsCalled, int reps) {
    }
}
