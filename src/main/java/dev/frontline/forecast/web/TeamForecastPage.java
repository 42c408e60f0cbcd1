package dev.frontline.forecast.web;

import dev.frontline.forecast.CallRecord;
import dev.frontline.forecast.ForecastCard;
import dev.frontline.forecast.TeamForecast;
import dev.frontline.pipeline.PipelineMovement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The team forecast page.
 *
 * @param canCall true for the team's manager and the admin
 * @param notice        a message after a call was submitted
 * @param movement      how the period's pipeline moved since the period started
 * @param movementChart its waterfall, a Chart.js specification
 */
public record TeamForecastPage(TeamForecast forecast, ForecastCard card, List<CallRecord> callRecords,
                               boolean current, boolean canCall, @Nullable String notice,
                               PipelineMovement movement, String movementChart) {
}
