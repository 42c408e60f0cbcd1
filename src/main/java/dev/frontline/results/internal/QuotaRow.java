package dev.frontline.results.internal;

import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A stored quota: for a rep or for a team, one period, an amount. */
public record QuotaRow(long id, @Nullable Long repId, @Nullable Long teamId, SalesPeriod.Grain grain, LocalDate start,
                       BigDecimal amount, String source, int version) {
}
