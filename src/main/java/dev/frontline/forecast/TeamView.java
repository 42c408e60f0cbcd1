package dev.frontline.forecast;

import java.util.List;

/** What a team's forecast page shows: the forecast, its card with the fan chart, and the reps' call records. */
public record TeamView(TeamForecast forecast, ForecastCard card, List<CallRecord> callRecords) {

    public TeamView {
        callRecords = List.copyOf(callRecords);
    }
}
