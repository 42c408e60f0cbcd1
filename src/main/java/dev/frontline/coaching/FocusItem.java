package dev.frontline.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One coaching focus suggestion for a rep, in plain words.
 *
 * @param area       what lags: "Win rate on GTX Pro", "Negotiation", "Towards key account manager"
 * @param evidence   why: the numbers against the team, the rating, the aspiration
 * @param competency the competency key to work on, null when the framework has none for it
 * @param suggestion what to do about it
 * @param score      the ranking weight (larger first)
 * @param plan       the plan that turns the suggestion into action; null when the numbers give no reachable target
 *                   or a plan on the same number is already active
 * @param number     the number the suggestion rests on, over its one window; null when none is measured
 * @param inPlan     the active plan already working on that number, if any
 */
public record FocusItem(String area, String evidence, @Nullable String competency, @Nullable String competencyName,
                        String suggestion, double score, @Nullable PlanDraft plan, @Nullable Number number,
                        @Nullable Long inPlan) {

    /**
     * A number of the rep over one window, beside the team's.
     *
     * @param measure    "Average won deal", "Win rate on GTX Pro"
     * @param window     the window in words: "last 4 quarters", "last 90 days"
     * @param deals      the deals behind the rep's value
     * @param betterHalf the mean of the better half of the team's reps who qualify (null with fewer than four)
     */
    public record Number(String measure, String window, LocalDate from, LocalDate to, @Nullable BigDecimal value,
                         int deals, @Nullable BigDecimal team, @Nullable BigDecimal betterHalf) {
    }
}
