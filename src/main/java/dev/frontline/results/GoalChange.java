package dev.frontline.results;

import java.math.BigDecimal;

/** One non-revenue goal to set for a rep (by username) and a period. */
public record GoalChange(String rep, String period, Metric metric, BigDecimal target) {
}
