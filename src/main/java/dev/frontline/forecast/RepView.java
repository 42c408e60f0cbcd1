package dev.frontline.forecast;

import java.util.List;

/**
 * What a rep's forecast page shows: the forecast, its card with the fan chart, every open deal with its chance and
 * category, and the rep's calls for the period (newest first).
 */
public record RepView(RepForecast forecast, ForecastCard card, List<Driver> openDeals, List<Call> calls) {

    public RepView {
        openDeals = List.copyOf(openDeals);
        calls = List.copyOf(calls);
    }
}
