package dev.frontline.results;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rep's track record beside their team's: each of the last periods, and the whole span they cover (from the
 * first period's first day to the last period's last day) by product, by sector and through the funnel. It carries
 * the team's aggregates and the rep's place among their peers, never a peer's own figures.
 *
 * @param team      the rep's team, null when they have none (then every team figure is null or empty)
 * @param teamSize  how many reps the team has, the rep included
 * @param figures   the rep's figures over the span
 * @param teamFigures the team's figures over the span
 */
public record RepRecord(Member rep, @Nullable TeamSummary team, int teamSize, LocalDate from, LocalDate to,
                        LocalDate asOf, Figures figures, @Nullable Figures teamFigures, List<Breakdown> byProduct,
                        List<Breakdown> teamByProduct, List<Breakdown> bySector, List<Breakdown> teamBySector,
                        List<FunnelStep> funnel, List<FunnelStep> teamFunnel, List<Period> periods) {

    /**
     * One period of the record.
     *
     * @param percentile the rep's percentile rank in the team on won revenue (100 = ahead of every teammate)
     */
    public record Period(SalesPeriod period, Figures figures, @Nullable Figures team, @Nullable BigDecimal percentile,
                         List<Breakdown> byProduct, List<Breakdown> bySector) {
    }

    /** The team's average won revenue per rep over the span, or null without a team. */
    public @Nullable BigDecimal teamAveragePerRep() {
        return teamFigures == null || teamSize == 0 ? null
                : teamFigures.wonRevenue().divide(BigDecimal.valueOf(teamSize), 2, java.math.RoundingMode.HALF_UP);
    }
}
