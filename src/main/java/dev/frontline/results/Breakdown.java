package dev.frontline.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The main figures for one product or one account sector. */
public record Breakdown(String key, BigDecimal wonRevenue, int won, int lost, @Nullable BigDecimal winRate,
                        @Nullable BigDecimal avgWonDeal, BigDecimal openPipeline, int openDeals) {
}
