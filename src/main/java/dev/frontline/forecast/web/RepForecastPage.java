package dev.frontline.forecast.web;

import dev.frontline.forecast.Call;
import dev.frontline.forecast.Driver;
import dev.frontline.forecast.ForecastCard;
import dev.frontline.forecast.ForecastCategory;
import dev.frontline.forecast.RepForecast;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rep forecast page: their forecast, their open deals with probabilities and categories, and their calls.
 *
 * @param byCategory the open deals' amounts added up per category (deals without one under {@code null})
 * @param canCall    true for the rep themself and the admin
 */
public record RepForecastPage(RepForecast forecast, ForecastCard card, List<Driver> deals, List<Call> calls,
                              Map<ForecastCategory, BigDecimal> byCategory, boolean current, boolean canCall,
                              @Nullable String notice) {

    public List<ForecastCategory> categories() {
        return List.of(ForecastCategory.values());
    }
}
