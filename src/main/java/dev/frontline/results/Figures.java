package dev.frontline.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Every figure of one rep or team for one period, as of a day.
 *
 * @param wonRevenue      close value of deals won in the period
 * @param winRate         won ÷ (won + lost) in percent
 * @param avgWonDeal      won revenue ÷ deals won
 * @param medianCycleDays median days from engage to close of the deals won in the period
 * @param quota           the revenue target for the period, if one is set
 * @param attainment      won revenue ÷ quota in percent
 * @param expectedToDate  where they should be by today: quota × share of the period elapsed
 * @param pacing          won revenue ÷ expected to date in percent
 * @param gap             quota still to win (never negative)
 * @param openPipeline    value of every open deal now
 * @param duePipeline     value of the open deals expected to close inside the period
 * @param coverage        due pipeline ÷ gap (times)
 * @param created         opportunities created in the period
 * @param pipelineCreated value of the opportunities created in the period
 */
public record Figures(BigDecimal wonRevenue, int won, int lost, @Nullable BigDecimal winRate,
                      @Nullable BigDecimal avgWonDeal, @Nullable BigDecimal medianCycleDays,
                      @Nullable BigDecimal quota, @Nullable BigDecimal attainment,
                      @Nullable BigDecimal expectedToDate, @Nullable BigDecimal pacing, @Nullable BigDecimal gap,
                      BigDecimal openPipeline, int openDeals, BigDecimal duePipeline, int dueDeals,
                      @Nullable BigDecimal coverage, int created, BigDecimal pipelineCreated) {
}
