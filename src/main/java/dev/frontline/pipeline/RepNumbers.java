package dev.frontline.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * One rep's figures for a period: deals closed inside it, and their open pipeline now.
 *
 * @param openValue open deals at their amount, or the product's list price where the amount is unknown
 */
public record RepNumbers(long ownerId, BigDecimal wonRevenue, int won, int lost, int openDeals, BigDecimal openValue) {

    public static RepNumbers empty(long ownerId) {
        return new RepNumbers(ownerId, BigDecimal.ZERO, 0, 0, 0, BigDecimal.ZERO);
    }

    /** Won ÷ (won + lost), in percent with one decimal; {@code null} when nothing closed. */
    public @Nullable BigDecimal winRate() {
        int closed = won + lost;
        return closed == 0 ? null
                : BigDecimal.valueOf(won * 100L).divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
    }

    public RepNumbers plus(RepNumbers other) {
        return new RepNumbers(ownerId, wonRevenue.add(other.wonRevenue), won + other.won, lost + other.lost,
                openDeals + other.openDeals, openValue.add(other.openValue));
    }
}
