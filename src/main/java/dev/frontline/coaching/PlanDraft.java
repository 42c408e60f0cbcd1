package dev.frontline.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A coaching plan as a suggestion proposes it: post it as it is to make the plan.
 *
 * @param segment  {@code product:NAME}, {@code sector:NAME} or null for all deals
 * @param baseline the number over the planned length just before today, null when there were no deals to measure
 */
public record PlanDraft(@Nullable String competency, PlanMetric metric, @Nullable String segment,
                        @Nullable BigDecimal baseline, BigDecimal target, LocalDate startsOn, LocalDate reviewOn) {
}
