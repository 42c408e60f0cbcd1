package dev.frontline.forecast;

import dev.frontline.forecast.internal.CategoryStore;
import dev.frontline.pipeline.Deal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * One thing a forecast rests on: an open deal, or the new deals a rep usually creates and wins inside such a period.
 * Made by the factory of its kind: {@link #deal}, {@link #unmodelledDeal} or {@link #newDeals}.
 *
 * @param amount        the deal's amount, or the average amount of a new win
 * @param probability   the chance (0–1) the deal is won inside the period; {@code null} for new deals
 * @param expectedValue what it adds to the forecast's mean
 * @param categoryVersion the version of the deal's forecast category, to send back when changing it (0: none set)
 * @param why           how the model came to it, in words
 */
public record Driver(Kind kind, @Nullable Long opportunityId, @Nullable String externalId, long repId, String rep,
                     @Nullable String account, @Nullable String product, @Nullable Integer ageMonths,
                     BigDecimal amount, boolean amountEstimated, @Nullable BigDecimal probability,
                     BigDecimal expectedValue, @Nullable ForecastCategory category, int categoryVersion,
                     String why) {

    public enum Kind { DEAL, NEW_DEALS }

    /** An open deal the model gives odds: its amount, its chance of a win inside the period and so its expected value. */
    static Driver deal(Deal deal, Outlook.DealOutlook odds, String rep, CategoryStore.@Nullable Set category,
                       String why) {
        return new Driver(Kind.DEAL, odds.dealId(), deal.externalId(), odds.ownerId(), rep, deal.account(),
                odds.product(), odds.ageMonths(), Money.of(odds.amountCents()), odds.amountEstimated(),
                BigDecimal.valueOf(odds.probability()).setScale(3, RoundingMode.HALF_UP),
                Money.of(odds.expectedCents()), category == null ? null : category.category(),
                category == null ? 0 : category.version(), why);
    }

    /** An open deal the model gives no chance inside the period: listed at its own amount, expected to add nothing. */
    static Driver unmodelledDeal(Deal deal, long repId, String rep, CategoryStore.@Nullable Set category, String why) {
        BigDecimal amount = deal.amount() == null ? BigDecimal.ZERO : deal.amount().setScale(0, RoundingMode.HALF_UP);
        return new Driver(Kind.DEAL, deal.id(), deal.externalId(), repId, rep, deal.account(), deal.product(), null,
                amount, deal.amountEstimated(), BigDecimal.ZERO.setScale(3), BigDecimal.ZERO,
                category == null ? null : category.category(), category == null ? 0 : category.version(), why);
    }

    /** The new deals a rep is expected to create and win inside the period, at their average won amount. */
    static Driver newDeals(Outlook.RepOutlook rep, String why) {
        return new Driver(Kind.NEW_DEALS, null, null, rep.rep().id(), rep.rep().name(), null, null, null,
                Money.of(rep.newAverage()), true, null, Money.of(rep.expectedNew()), null, 0, why);
    }
}
