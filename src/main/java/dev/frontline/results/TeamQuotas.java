package dev.frontline.results;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A team's quota for a period and its reps'.
 *
 * @param team  the team's own quota, else the sum of its reps'; {@code null} when there is none
 * @param byRep each rep's quota by rep id, for reps that have one
 */
public record TeamQuotas(@Nullable BigDecimal team, Map<Long, BigDecimal> byRep) {

    public TeamQuotas {
        byRep = Map.copyOf(byRep);
    }
}
