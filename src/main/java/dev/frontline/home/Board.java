package dev.frontline.home;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.RepNumbers;
import dev.frontline.results.Figures;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.system.Whose;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A team's board for a period: each rep's figures, the team's total and a chart.
 *
 * @param rows    one per rep; {@code numbers} is null where the viewer may not see that rep's deals
 * @param total   the sum of the figures the viewer sees: the whole team's, or a rep's own; null when it would be
 *                neither (a part of the team under the team's name)
 * @param whose   whose {@code total} is, for its labels: the team's when every rep is visible, else the viewer's
 * @param results the team's results for the period (quota, attainment, pacing); null for reps
 */
public record Board(TeamSummary team, SalesPeriod period, boolean current, List<Row> rows, @Nullable RepNumbers total,
                    Whose whose, String chart, @Nullable Figures results) {

    public record Row(Member rep, @Nullable RepNumbers numbers) {
    }

    /** True when the viewer sees every rep's figures, so that the total is the team's. */
    public boolean wholeTeam() {
        return rows.stream().allMatch(r -> r.numbers() != null);
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    public BigDecimal maxRevenue() {
        return rows.stream().filter(r -> r.numbers() != null).map(r -> r.numbers().wonRevenue())
                .reduce(BigDecimal.ZERO, BigDecimal::max);
    }
}
