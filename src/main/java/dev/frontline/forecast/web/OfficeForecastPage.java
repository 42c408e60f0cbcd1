package dev.frontline.forecast.web;

import dev.frontline.forecast.OfficeForecast;
import dev.frontline.organization.Region;
import java.util.List;

/** An office's forecast roll-up, with the other offices the viewer may switch to. */
public record OfficeForecastPage(OfficeForecast office, List<Region> offices, boolean current, String chart) {
}
