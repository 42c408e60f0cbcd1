package dev.frontline.results.web;

import dev.frontline.results.RegionResults;
import dev.frontline.shared.SalesPeriod;
import java.util.List;

/** Office roll-ups for a period. */
public record RegionsPage(List<RegionResults> regions, SalesPeriod period, boolean current, String chart) {
}
