package dev.frontline.pipeline;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of a deal as a CRM's history export gives it (Salesforce {@code OpportunityHistory}, HubSpot's "Date
 * entered …" columns), for {@link Pipeline#recordCrmHistory}.
 *
 * @param externalId the deal's id in the CRM (as its import gave it)
 * @param field      one of {@code stage, amount, close_date, owner, forecast_category, next_step}
 * @param oldValue   the value before, as text (see {@link HistoryEntry}); {@code null} when unknown or empty
 * @param newValue   the value after, as text
 */
public record HistoryLine(String externalId, Instant changedAt, String field, @Nullable String oldValue,
                          @Nullable String newValue) {
}
