package dev.frontline.forecast.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Team forecasts as a metric ({@code /actuator/prometheus}): {@code frontline.forecasts} times each one computed for
 * the API or the team's forecast page, tagged {@code kind=team} and {@code surface=api|page}.
 */
@Component
class ForecastTimer {

    private final Timer api;
    private final Timer page;

    ForecastTimer(MeterRegistry registry) {
        this.api = timer(registry, "api");
        this.page = timer(registry, "page");
    }

    private static Timer timer(MeterRegistry registry, String surface) {
        return Timer.builder("frontline.forecasts").description("Team forecasts computed, by where they are shown")
                .tag("kind", "team").tag("surface", surface).register(registry);
    }

    <T> T teamForApi(Supplier<T> forecast) {
        return api.record(forecast);
    }

    <T> T teamForPage(Supplier<T> forecast) {
        return page.record(forecast);
    }
}
