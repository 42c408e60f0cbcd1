package dev.frontline.forecast;

import java.util.List;

/**
 * What a team's forecast page shows: the forecast, its card with the fan chart, the reps' call records and how the
 * period's pipeline moved since the period started.
 */
public record TeamView(TeamForecast forecast, ForecastCard card, List<CallRecord> callRecords,
                       dev.frontline.pipeline.PipelineMovement movement) {

    public TeamView {
        callRecords = List.copyOf(callRecords);
    }
}
