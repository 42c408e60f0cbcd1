package dev.frontline.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A non-revenue goal for the period and how far the rep has come. */
public record GoalProgress(Metric metric, @Nullable BigDecimal target, BigDecimal actual,
                           @Nullable BigDecimal percent) {
}
