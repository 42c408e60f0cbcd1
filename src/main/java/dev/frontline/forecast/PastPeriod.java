package dev.frontline.forecast;

import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A past period: the forecast made the day before it started, its quota and what was won. */
public record PastPeriod(SalesPeriod period, BigDecimal actual, BigDecimal p10, BigDecimal p50, BigDecimal p90,
                         @Nullable BigDecimal quota, boolean enoughHistory) {
}
