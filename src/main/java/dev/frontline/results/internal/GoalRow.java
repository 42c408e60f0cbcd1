package dev.frontline.results.internal;

import dev.frontline.results.Metric;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored non-revenue goal. */
public record GoalRow(long id, long repId, SalesPeriod.Grain grain, LocalDate start, Metric metric, BigDecimal target,
                      int version) {
}
