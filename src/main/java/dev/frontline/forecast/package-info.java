/**
 * The forecast: how much each rep and team will win in a period, as a distribution (P10, P50, P90, mean) learned
 * from their own track record; the deals that drive it; the reps' and managers' calls kept beside it; and a
 * backtest that replays history to show how well the forecast, a CRM's weighted pipeline and a run rate did.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forecast",
        allowedDependencies = {"organization", "pipeline", "results", "shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.forecast;
