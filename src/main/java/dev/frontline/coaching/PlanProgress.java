package dev.frontline.coaching;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan's number before and after it started, in same-length windows (see {@link PlanMath}).
 *
 * @param after        from the start to today, the review date or the day it finished; null before it starts
 * @param before       the same number of days just before the start; null before it starts
 * @param progress     how far from baseline to target the after window has come, in percent
 * @param slices       the before window's slices, then the after window's: the chart
 */
public record PlanProgress(CoachingPlan plan, String competencyName, @Nullable Window before,
                           @Nullable Window after, @Nullable BigDecimal beforeValue, int beforeDeals,
                           @Nullable BigDecimal afterValue, int afterDeals, Verdict verdict,
                           @Nullable BigDecimal progress, List<Slice> slices) {

    /** One slice of a window on the chart. */
    public record Slice(String label, boolean after, @Nullable BigDecimal value, int deals) {
    }

    public String area() {
        Segment segment = plan.segment() == null ? null : Segment.parse(plan.segment());
        return plan.metric().label() + (segment == null ? "" : " " + segment.words());
    }

    public String value(@Nullable BigDecimal v) {
        return v == null ? "—" : FocusMath.value(plan.metric(), v);
    }
}
