package dev.frontline.results;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A team's quotas for a fiscal year: reps × periods, plus the team's own row. */
public record QuotaGrid(TeamSummary team, int year, String grain, List<String> periods, List<Row> reps, Row teamRow,
                        BigDecimal growthPercent, boolean demo) {

    /** One row of the grid. */
    public record Row(@Nullable Member rep, List<Cell> cells) {
    }

    /**
     * One cell: the quota set for exactly that period (amount null when none) and its version for concurrency
     * checks; {@code effective} is the quota the results use (which may come from other periods).
     */
    public record Cell(String period, @Nullable BigDecimal amount, @Nullable Integer version, @Nullable String source,
                       @Nullable BigDecimal effective) {
    }
}
