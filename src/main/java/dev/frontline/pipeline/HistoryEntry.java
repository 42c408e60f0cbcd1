package dev.frontline.pipeline;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change of a deal. Values are text: a stage by its name, an amount as a plain decimal
 * ({@code 12345.00}), a close date as {@code yyyy-MM-dd}, an owner by the person's id (read through
 * {@link Pipeline#history} it is the person's name), a forecast category by its name ({@code BEST_CASE}), a next
 * step as written.
 *
 * @param field     {@code stage, amount, close_date, owner, forecast_category} or {@code next_step}
 * @param source    {@code import} (a re-import of a newer export), {@code edit} (in Frontline) or {@code crm} (a
 *                  CRM's history export)
 * @param changedBy the username of whoever edited; {@code null} for imports and CRM history
 */
public record HistoryEntry(long id, Instant changedAt, String field, @Nullable String oldValue,
                           @Nullable String newValue, String source, @Nullable String changedBy) {
}
