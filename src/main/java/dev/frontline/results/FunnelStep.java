package dev.frontline.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One stage of the funnel: how many deals reached it and what share of them reached the next one.
 *
 * @param conversion percent of the deals that reached this stage and reached the next; null for the last
 */
public record FunnelStep(String stage, int reached, @Nullable BigDecimal conversion) {
}
