package dev.frontline.pipeline;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Median sales cycles in days (engage to close of won deals) of groups of owners.
 *
 * @param byGroup each group's median; a group without a won deal is absent
 * @param all     the median over every owner asked for; null without a won deal
 */
public record SalesCycles(Map<Long, BigDecimal> byGroup, @Nullable BigDecimal all) {

    public SalesCycles {
        byGroup = Map.copyOf(byGroup);
    }

    public @Nullable BigDecimal of(long group) {
        return byGroup.get(group);
    }
}
