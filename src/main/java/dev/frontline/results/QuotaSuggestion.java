package dev.frontline.results;

import dev.frontline.organization.Member;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A suggested quota for a rep and the arithmetic behind it.
 *
 * @param history   the past periods it rests on and the revenue won in each
 * @param average   their average, or null without a track record
 * @param suggested the full quota suggested: the average times (1 + growth), or the team's median suggestion
 *                  without a track record; what "accept" sets
 * @param current   the full quota now set for the period (before proration), if any
 * @param effective what the suggestion counts for once prorated: the suggestion × the rep's ramp over the period
 *                  for a new hire (see {@link Ramp}), else the suggestion
 * @param ramp      how a new hire's quota for the period is prorated, in words; null when it is not
 */
public record QuotaSuggestion(Member rep, String period, List<PeriodValue> history, @Nullable BigDecimal average,
                              BigDecimal growthPercent, BigDecimal suggested, String arithmetic,
                              @Nullable BigDecimal current, BigDecimal effective, @Nullable String ramp) {

    /** One past period and the revenue won in it. */
    public record PeriodValue(String period, BigDecimal wonRevenue) {
    }
}
