package dev.frontline.coaching;

import org.jspecify.annotations.Nullable;

/**
 * One coaching focus suggestion for a rep, in plain words.
 *
 * @param area       what lags: "Win rate on GTX Pro", "Negotiation", "Towards key account manager"
 * @param evidence   why: the numbers against the team, the rating, the aspiration
 * @param competency the competency key to work on, null when the framework has none for it
 * @param suggestion what to do about it
 * @param score      the ranking weight (larger first)
 * @param plan       the plan that turns the suggestion into action
 */
public record FocusItem(String area, String evidence, @Nullable String competency, @Nullable String competencyName,
                        String suggestion, double score, PlanDraft plan) {
}
