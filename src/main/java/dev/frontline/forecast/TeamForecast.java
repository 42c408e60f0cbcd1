package dev.frontline.forecast;

import dev.frontline.organization.TeamSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A team's forecast for a period, each rep's beside it, the manager's latest call and every call submitted for it.
 *
 * @param calls the team's calls for the period, newest first
 */
public record TeamForecast(TeamSummary team, Forecast forecast, List<RepForecast> reps, @Nullable Call call,
                           List<Call> calls) {

    public TeamForecast {
        reps = List.copyOf(reps);
        calls = List.copyOf(calls);
    }
}
