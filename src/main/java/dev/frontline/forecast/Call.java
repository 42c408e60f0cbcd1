package dev.frontline.forecast;

import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One submitted call: what a rep (or a manager, for the team) says they will win in a period, with the system's
 * forecast at that moment beside it. Calls are never changed; a new submission adds a call.
 *
 * @param repId  the rep whose call it is; {@code null} for a team's call
 * @param teamId the team whose call it is; {@code null} for a rep's call
 */
public record Call(long id, SalesPeriod period, @Nullable Long repId, @Nullable Long teamId, BigDecimal amount,
                   @Nullable String note, @Nullable BigDecimal systemP10, @Nullable BigDecimal systemP50,
                   @Nullable BigDecimal systemP90, String submittedBy, Instant submittedAt) {
}
