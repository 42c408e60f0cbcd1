package dev.frontline.forecast;

import java.util.List;

/**
 * A rep's or team's forecast at a glance: this period and the next, the past periods' forecasts against their quota
 * and what was won, and the fan chart of it all (a Chart.js specification).
 */
public record ForecastCard(Forecast current, Forecast next, List<PastPeriod> history, String chart) {

    public ForecastCard {
        history = List.copyOf(history);
    }
}
