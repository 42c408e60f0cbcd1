package dev.frontline.results;

import dev.frontline.shared.SalesPeriod;

/** One period of a trend. */
public record TrendPoint(SalesPeriod period, Figures figures) {
}
