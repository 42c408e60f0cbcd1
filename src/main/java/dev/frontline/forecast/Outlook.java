package dev.frontline.forecast;

import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the model says about one team's period: the team's and each rep's distribution, and the deals behind them.
 *
 * @param history    false when there is no complete earlier period of the same kind to learn from
 * @param references how many earlier periods (windows) it learned from
 * @param structure  the ways chosen from the team's own past, with their weights; null without history
 */
record Outlook(SalesPeriod period, LocalDate asOf, boolean history, int references,
               ForecastModel.@Nullable Structure structure, Dist team, Map<Long, RepOutlook> reps) {

    /** The learned variance of the team-wide shock (0: none seen). */
    double shock() {
        return structure == null ? 0 : structure.shock();
    }

    /**
     * One rep.
     *
     * @param pipelineRate  the posterior mean of their wins from the pipeline in such a period; null without record
     * @param pipelineOdds  the sum of their open deals' probabilities before scaling
     * @param newRate       the posterior mean of new deals created and won inside such a period
     * @param newAverage    the average amount (cents) of those new wins
     */
    record RepOutlook(ForecastModel.Rep rep, Dist dist, List<DealOutlook> deals, @Nullable Double pipelineRate,
                      double pipelineOdds, double newRate, long newAverage) {

        long expectedNew() {
            return Math.round(newRate * newAverage);
        }
    }

    /**
     * One open deal.
     *
     * @param amountEstimated true when the amount is the rep's (or team's) average won deal, not the deal's own
     * @param closeRate       the share of deals this old at this point of earlier such periods that closed in them
     * @param winShare        the rep's win share of such closes, shrunk towards the team's
     * @param teamWinShare    the team's win share of such closes
     * @param probability     the share of draws in which the deal was won
     */
    record DealOutlook(long dealId, long ownerId, @Nullable String product, int ageMonths, long amountCents,
                       boolean amountEstimated, double closeRate, double winShare, double teamWinShare,
                       double probability) {

        long expectedCents() {
            return Math.round(probability * amountCents);
        }
    }
}
