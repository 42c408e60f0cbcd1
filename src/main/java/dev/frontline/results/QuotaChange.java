package dev.frontline.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One quota to set: for a rep (by username) or a team (by id), for a period ({@code 2026-Q4}, {@code 2026-11},
 * {@code 2026}).
 *
 * @param version the version the editor saw, to refuse a concurrent overwrite; null to set regardless
 */
public record QuotaChange(@Nullable String rep, @Nullable Long team, String period, BigDecimal amount,
                          @Nullable Integer version) {
}
