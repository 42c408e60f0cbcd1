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
 * @param suggested the average times (1 + growth), or the team's median suggestion without a track record
 * @param current   the quota now set for the period, if any
 */
public record QuotaSuggestion(Member rep, String period, List<PeriodValue> history, @Nullable BigDecimal average,
                              BigDecimal growthPercent, BigDecimal suggested, String arithmetic,
                              @Nullable BigDecimal current) {

    /** One past period and the revenue won in it. */
    public record PeriodValue(String period, BigDecimal wonRevenue) {
    }
}
