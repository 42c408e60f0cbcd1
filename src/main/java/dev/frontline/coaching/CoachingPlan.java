package dev.frontline.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A coaching plan: a competency to work on and the number that should move with it.
 *
 * @param segment     {@code product:NAME} or {@code sector:NAME}, or null for all of the rep's deals
 * @param baseline    the number before the plan
 * @param baselineWindow the days the baseline was measured over; null when it was entered by hand (or the plan
 *                    predates the window being kept)
 * @param beforeValue what the window before measured when the plan was finished (null while active)
 * @param afterValue  what the window since the start measured when the plan was finished (null while active)
 */
public record CoachingPlan(long id, long repId, String competencyKey, PlanMetric metric, @Nullable String segment,
                           @Nullable BigDecimal baseline, @Nullable Window baselineWindow, BigDecimal target,
                           LocalDate startsOn, LocalDate reviewOn,
                           PlanStatus status, @Nullable LocalDate finishedOn, @Nullable BigDecimal beforeValue,
                           @Nullable BigDecimal afterValue, @Nullable Verdict verdict, @Nullable String outcomeNote,
                           List<PlanAction> actions, String createdBy, Instant createdAt, boolean demo, int version) {

    public boolean active() {
        return status == PlanStatus.ACTIVE;
    }

    /** The last day the plan is measured to: the day it was finished, else its review date. */
    public LocalDate endsOn() {
        return finishedOn != null ? finishedOn : reviewOn;
    }

    public CoachingPlan withActions(List<PlanAction> all) {
        return new CoachingPlan(id, repId, competencyKey, metric, segment, baseline, baselineWindow, target, startsOn,
                reviewOn, status,
                finishedOn, beforeValue, afterValue, verdict, outcomeNote, all, createdBy, createdAt, demo, version);
    }
}
