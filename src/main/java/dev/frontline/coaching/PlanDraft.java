package dev.frontline.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A coaching plan as a suggestion proposes it: post it as it is to make the plan.
 *
 * @param segment      {@code product:NAME}, {@code sector:NAME} or null for all deals
 * @param baseline     the rep's number over the baseline window, the one the suggestion quotes
 * @param baselineFrom the first day of the window the baseline was measured over
 * @param baselineTo   its last day
 */
public record PlanDraft(@Nullable String competency, PlanMetric metric, @Nullable String segment,
                        BigDecimal baseline, BigDecimal target, LocalDate baselineFrom, LocalDate baselineTo,
                        LocalDate startsOn, LocalDate reviewOn) {
}
