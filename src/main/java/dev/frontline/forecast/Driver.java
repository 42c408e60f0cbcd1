package dev.frontline.forecast;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One thing a forecast rests on: an open deal, or the new deals a rep usually creates and wins inside such a period.
 *
 * @param amount        the deal's amount, or the average amount of a new win
 * @param probability   the chance (0–1) the deal is won inside the period; {@code null} for new deals
 * @param expectedValue what it adds to the forecast's mean
 * @param why           how the model came to it, in words
 */
public record Driver(Kind kind, @Nullable Long opportunityId, @Nullable String externalId, long repId, String rep,
                     @Nullable String account, @Nullable String product, @Nullable Integer ageMonths,
                     BigDecimal amount, boolean amountEstimated, @Nullable BigDecimal probability,
                     BigDecimal expectedValue, @Nullable ForecastCategory category, String why) {

    public enum Kind { DEAL, NEW_DEALS }
}
