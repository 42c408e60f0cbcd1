package dev.frontline.forecast;

import dev.frontline.organization.Member;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a rep's past calls compared with what they won: each ended period they called (their last call for it), and
 * their bias — the average of (call − won) ÷ won in percent: above zero they call high, below zero they sandbag.
 */
public record CallRecord(Member rep, List<Called> periods, @Nullable BigDecimal biasPercent,
                         @Nullable BigDecimal systemBiasPercent) {

    /**
     * One called period.
     *
     * @param systemP50 the system's P50 when the call was made, for comparison
     */
    public record Called(SalesPeriod period, BigDecimal call, BigDecimal won, @Nullable BigDecimal systemP50,
                          @Nullable BigDecimal errorPercent) {
    }
}
