package dev.frontline.results;

import java.math.BigDecimal;

/** One non-revenue goal to set for a rep (by username) and a period. */
public record GoalChange(String rep, String period, Metric metric, BigDecimal target,
                         @org.jspecify.annotations.Nullable Integer version) {

    /** A change that sets the goal whatever its version (the page's grid, which shows no versions). */
    public GoalChange(String rep, String period, Metric metric, BigDecimal target) {
        this(rep, period, metric, target, null);
    }
}
