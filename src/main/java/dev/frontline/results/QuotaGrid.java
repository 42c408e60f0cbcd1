package dev.frontline.results;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.system.Fmt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A team's quotas for a fiscal year: reps × periods, plus the team's own row.
 *
 * @param nextPeriod the period after today's at the grid's grain, whatever year the grid shows: the one quota
 *                   suggestions are for unless another is asked for
 */
public record QuotaGrid(TeamSummary team, int year, String grain, List<String> periods, List<Row> reps, Row teamRow,
                        BigDecimal growthPercent, boolean demo, String nextPeriod) {

    /**
     * One row of the grid.
     *
     * @param joinedOn when a new hire joined (their quotas are prorated from then); null otherwise and for the team
     */
    public record Row(@Nullable Member rep, List<Cell> cells, @Nullable LocalDate joinedOn) {
    }

    /**
     * One cell: the quota set for exactly that period (amount null when none) and its version for concurrency
     * checks; {@code effective} is the quota the results use (which may come from other periods, and for a new hire
     * is prorated from the join date); {@code ramp} says how it is prorated ({@code ramping: 50% in December}),
     * null when it is not.
     */
    public record Cell(String period, @Nullable BigDecimal amount, @Nullable Integer version, @Nullable String source,
                       @Nullable BigDecimal effective, @Nullable String ramp) {

        /** The amount set, in whole dollars as quotas are entered ({@code 48000}, not {@code 48000.00}). */
        public String amountText() {
            return Fmt.wholeInput(amount);
        }
    }
}
