package dev.frontline.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity as lists show it, as it stands today: a deal the data records as closed on a later day is open,
 * at the last open stage, expected to close on that day.
 *
 * @param recordedAs  the stage the data records when it dates the close after today ({@code null} otherwise)
 * @param amount      the deal's value: the close value when closed; for an open deal its amount if known, else the
 *                    product's list price ({@code amountEstimated} then says so)
 * @param createdDate when the deal was created: the CRM's created date, else its engage date (the dataset has none)
 * @param flags       stale and slipped, for an open deal ({@link DealFlags#NONE} where a list does not read them)
 */
public record Deal(long id, String externalId, @Nullable String name, long ownerId, @Nullable String account,
                   @Nullable String product, String stage, Outcome outcome, @Nullable String recordedAs,
                   @Nullable BigDecimal amount, boolean amountEstimated, @Nullable LocalDate engageDate,
                   @Nullable LocalDate closeDate, @Nullable LocalDate createdDate, DealFlags flags) {
}
