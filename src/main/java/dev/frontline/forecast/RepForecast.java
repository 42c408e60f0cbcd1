package dev.frontline.forecast;

import dev.frontline.organization.Member;
import org.jspecify.annotations.Nullable;

/** A rep's forecast for a period, and their latest call for it. */
public record RepForecast(Member rep, Forecast forecast, @Nullable Call call) {
}
