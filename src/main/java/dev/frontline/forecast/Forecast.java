package dev.frontline.forecast;

import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The system forecast of a rep's or a team's won revenue in a period, as of a day: the distribution of the period's
 * final won revenue (already won plus what the rest brings), in whole currency units.
 *
 * @param enoughHistory       false when there is no complete earlier period like this one to learn from; the
 *                            figures are then just what is won to date
 * @param referencePeriods    how many earlier periods like this one the forecast learned from
 * @param basis               what it learned from, in words
 * @param probabilityOfQuota  the chance (0–1) of reaching the quota; {@code null} without a quota
 * @param expectedFromNewDeals the part of the mean that deals not created yet bring
 * @param drivers             what the forecast rests on most: the largest expected contributions
 * @param headline            how sure it is, in one sentence ("Likely $380k–$450k; 70% chance of quota.", or
 *                            "Too few deals to forecast a range: 3 open deals, $12k.")
 * @param rangeShown          false when the P10–P90 range would mean little (a one-in-ten chance or more of winning
 *                            nothing more): pages then show the headline instead of the range
 */
public record Forecast(SalesPeriod period, LocalDate asOf, boolean enoughHistory, int referencePeriods, String basis,
                       BigDecimal wonToDate, BigDecimal p10, BigDecimal p50, BigDecimal p90, BigDecimal mean,
                       @Nullable BigDecimal quota, @Nullable BigDecimal probabilityOfQuota,
                       BigDecimal expectedFromNewDeals, List<Driver> drivers, String headline, boolean rangeShown) {

    public Forecast {
        drivers = List.copyOf(drivers);
    }

    /** The same forecast without its drivers, for roll-ups. */
    public Forecast withoutDrivers() {
        return new Forecast(period, asOf, enoughHistory, referencePeriods, basis, wonToDate, p10, p50, p90, mean, quota,
                probabilityOfQuota, expectedFromNewDeals, List.of(), headline, rangeShown);
    }
}
